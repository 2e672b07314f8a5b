package id.pendamping.identity.infrastructure;

import id.pendamping.identity.application.SignInOutcome;
import id.pendamping.identity.application.SignInService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/** Jakarta Security's view of the platform's accounts: the caller's single group is their role. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    SignInService signIn;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignInOutcome outcome = signIn.signIn(credential.getCaller(), credential.getPasswordAsString());
        if (outcome.kind() != SignInOutcome.Kind.SUCCESS) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(outcome.account().getUsername(),
                Set.of(outcome.account().getRole().name()));
    }
}
