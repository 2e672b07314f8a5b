package id.pendamping.certification.web;

import id.pendamping.certification.application.MyCertificates;
import id.pendamping.certification.application.MyCertificates.Overview;
import id.pendamping.certification.domain.Certificate;
import id.pendamping.platform.Calendars;
import id.pendamping.platform.InvalidInput;
import id.pendamping.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;

/**
 * /learn/certificates.xhtml: the trainee's certificates with their downloads, the programmes still
 * to complete with what is missing, the claim of a completed programme's certificate, and the choice
 * to appear in the public register.
 */
@Named
@RequestScoped
public class MyCertificatesPage {

    @Inject
    MyCertificates certificates;

    @Inject
    Clock clock;

    private Overview overview;
    private Boolean listed;
    private String identityNumber;

    public Overview getOverview() {
        if (overview == null) {
            overview = certificates.overview();
        }
        return overview;
    }

    public String standing(Certificate certificate) {
        return certificate.standing(Calendars.today(clock)).name();
    }

    public void claim(Long enrolmentId) {
        try {
            Certificate issued = certificates.claim(enrolmentId);
            FacesMessages.info("certificate.claim.issued", issued.getNumber());
        } catch (InvalidInput refused) {
            FacesMessages.error(refused.messageKey(), refused.arguments());
        }
        overview = null;
    }

    public void saveListing() {
        certificates.listInRegister(Boolean.TRUE.equals(listed));
        FacesMessages.info(Boolean.TRUE.equals(listed) ? "certificate.register.listed" : "certificate.register.unlisted");
        overview = null;
    }

    public void saveIdentityNumber() {
        try {
            certificates.giveIdentityNumber(identityNumber);
            FacesMessages.info("certificate.identityNumber.saved");
        } catch (InvalidInput invalid) {
            FacesMessages.invalid("identity", invalid);
        }
    }

    public String getIdentityNumber() {
        if (identityNumber == null) {
            identityNumber = certificates.identityNumber();
        }
        return identityNumber;
    }

    public void setIdentityNumber(String identityNumber) {
        this.identityNumber = identityNumber;
    }

    public boolean isListed() {
        return listed != null ? listed : getOverview().listedInRegister();
    }

    public void setListed(boolean listed) {
        this.listed = listed;
    }
}
