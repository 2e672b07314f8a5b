package id.pendamping.certification.web;

import id.pendamping.certification.application.Verification;
import id.pendamping.certification.application.Verification.Verified;
import id.pendamping.certification.domain.Standing;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * verify.xhtml, reached through {@link VerifyServlet}: one certificate's printed fields and standing,
 * the result of a file check, or the form to type a code or number. Stateless: no session, no form
 * state, so crawlers and QR scans cost nothing to keep.
 */
@Named
@RequestScoped
public class VerifyPage {

    @Inject
    Verification verification;

    @Inject
    HttpServletRequest request;

    private Optional<Verified> verified;

    public String getCode() {
        return (String) request.getAttribute(VerifyServlet.CODE);
    }

    public boolean isLookedUp() {
        return getCode() != null;
    }

    public Verified getVerified() {
        if (verified == null) {
            verified = getCode() == null ? Optional.empty() : verification.byCode(getCode());
        }
        return verified.orElse(null);
    }

    public boolean isNotFound() {
        return Boolean.TRUE.equals(request.getAttribute(VerifyServlet.NOT_FOUND)) || (isLookedUp() && getVerified() == null);
    }

    public String getFileCheck() {
        Object check = request.getAttribute(VerifyServlet.FILE_CHECK);
        return check == null ? null : check.toString();
    }

    public String getMatchedCode() {
        return (String) request.getAttribute(VerifyServlet.MATCHED);
    }

    public String getStandingClass() {
        Verified v = getVerified();
        return v == null ? "" : v.standing() == Standing.VALID ? "status status--valid" : "status status--invalid";
    }
}
