package id.pendamping.identity.application;

import id.pendamping.identity.domain.Account;
import id.pendamping.identity.domain.Role;
import id.pendamping.platform.AccessDenied;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;

/**
 * Who is calling, for checks inside application services: URL patterns guard pages, and these
 * checks guard the use cases themselves whatever path the request took.
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityContext securityContext;

    @PersistenceContext
    EntityManager em;

    private Account account;
    private boolean byToken;

    /** For a request authenticated by an API bearer token rather than the sign-in session. */
    public void authenticatedByToken(Account tokenAccount) {
        this.account = tokenAccount;
        this.byToken = true;
    }

    /** WildFly names an unauthenticated caller "anonymous", so a principal alone does not mean a person signed in. */
    public boolean isSignedIn() {
        return byToken || findAccount().isPresent();
    }

    public boolean hasRole(Role role) {
        if (byToken) {
            return account.getRole() == role;
        }
        return securityContext.getCallerPrincipal() != null && securityContext.isCallerInRole(role.name());
    }

    /** Refuses the call unless the caller has one of these roles. */
    public void require(Role... roles) {
        if (Arrays.stream(roles).noneMatch(this::hasRole)) {
            throw new AccessDenied("requires one of " + Arrays.toString(roles));
        }
    }

    /** The signed-in account; refused when nobody is signed in. */
    public Account account() {
        return findAccount().orElseThrow(() -> new AccessDenied("not signed in"));
    }

    public Optional<Account> findAccount() {
        if (byToken) {
            return Optional.of(account);
        }
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        if (account == null) {
            account = em.createNamedQuery("Account.byUsername", Account.class)
                    .setParameter("username", principal.getName())
                    .getResultStream().findFirst().orElse(null);
        }
        return Optional.ofNullable(account);
    }
}
