package id.pendamping.certification.web.admin;

import id.pendamping.certification.application.Revocations;
import id.pendamping.certification.domain.Certificate;
import id.pendamping.platform.InvalidInput;
import id.pendamping.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** /admin/certificates.xhtml: revocations awaiting confirmation, and certificates expiring within 90 days. */
@Named
@RequestScoped
public class CertificatesPage {

    @Inject
    Revocations revocations;

    @Inject
    id.pendamping.competency.application.Recertifications recertifications;

    private List<Certificate> proposed;
    private List<Certificate> expiring;

    public List<Certificate> getProposed() {
        if (proposed == null) {
            proposed = revocations.proposed();
        }
        return proposed;
    }

    public List<Certificate> getExpiring() {
        if (expiring == null) {
            expiring = revocations.expiringSoon();
        }
        return expiring;
    }

    public void confirm(Long certificateId) {
        act(() -> revocations.confirm(certificateId), "certificate.revoke.confirmed");
    }

    public void reject(Long certificateId) {
        act(() -> revocations.reject(certificateId), "certificate.revoke.rejected");
    }

    /** Opens the holder's next cycle of competence assessment, from a certificate about to expire. */
    public void recertify(Long assessmentId) {
        act(() -> recertifications.open(assessmentId), "recertification.opened");
        expiring = null;
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            FacesMessages.info(done);
        } catch (InvalidInput invalid) {
            FacesMessages.error(invalid.messageKey());
        }
        proposed = null;
    }
}
