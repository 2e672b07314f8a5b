package id.pendamping.identity.infrastructure;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form sign-in with the platform's own page (/signin.xhtml), so the page can explain a lockout and
 * speak the reader's language. A protected page sends an anonymous visitor there and back after.
 * URL rules per audience are in web.xml.
 */
@ApplicationScoped
@DeclareRoles({"TRAINEE", "ASSESSOR", "COORDINATOR", "ADMIN"})
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "#{signInReturn.loginPage}", errorPage = "", useForwardToLogin = false))
public class SecurityConfiguration {
}
