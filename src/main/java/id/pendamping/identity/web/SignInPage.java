package id.pendamping.identity.web;

import id.pendamping.identity.application.SignInRecords;
import id.pendamping.identity.application.SignInService;
import id.pendamping.identity.domain.Account;
import id.pendamping.identity.domain.Role;
import id.pendamping.identity.domain.SignInThrottle;
import id.pendamping.platform.web.FacesMessages;
import id.pendamping.platform.web.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;

/** /signin.xhtml: the form sign-in; lands each role on its own home page. */
@Named
@RequestScoped
public class SignInPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    SignInService signInService;

    @Inject
    SignInRecords records;

    private String username;
    private String password;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        // A new session id before the identity is bound to it: a session id planted before sign-in is useless.
        request.changeSessionId();
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        switch (status) {
            case SEND_CONTINUE -> {
                rememberLanguage(request);
                faces.responseComplete();
            }
            case SUCCESS -> {
                rememberLanguage(request);
                String home = external.getRequestContextPath() + homePathOf(request);
                external.redirect(SignInReturn.safeLocalPath(request.getParameter("return"), home));
            }
            default -> FacesMessages.error(signInService.isLocked(username) ? "signin.locked" : "signin.invalid",
                    SignInThrottle.LOCK_DURATION.toMinutes());
        }
        password = null;
    }

    /** Where a signed-in person belongs; "/" for nobody. */
    public static String homePathOf(HttpServletRequest request) {
        return Arrays.stream(Role.values()).filter(role -> request.isUserInRole(role.name()))
                .map(Role::homePath).findFirst().orElse("/");
    }

    private void rememberLanguage(HttpServletRequest request) {
        if (request.getUserPrincipal() == null) {
            return;
        }
        records.accountNamed(request.getUserPrincipal().getName()).map(Account::getLocale)
                .ifPresent(code -> request.getSession().setAttribute(Language.SESSION_ATTRIBUTE, code));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
