package id.pendamping.certification.web.manage;

import id.pendamping.certification.application.CentreCertificateSettings;
import id.pendamping.certification.domain.CertificateLogo;
import id.pendamping.certification.domain.CertificateSettings;
import id.pendamping.platform.InvalidInput;
import id.pendamping.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** /manage/certificate-settings.xhtml: how the coordinator's centre numbers, signs and bands its certificates. */
@Named
@ViewScoped
public class CertificateSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CentreCertificateSettings settings;

    private String numberFormat;
    private String signatoryName;
    private String signatoryTitleId;
    private String signatoryTitleEn;
    private String resultBands;
    private boolean printIdentityNumber;
    private boolean hasLogo;
    private transient jakarta.servlet.http.Part logo;

    public void load() {
        if (numberFormat == null) {
            CertificateSettings current = settings.mine();
            numberFormat = current.getNumberFormat();
            signatoryName = current.getSignatoryName();
            signatoryTitleId = current.getSignatoryTitleId();
            signatoryTitleEn = current.getSignatoryTitleEn();
            resultBands = current.getResultBands();
            printIdentityNumber = current.isPrintIdentityNumber();
            hasLogo = settings.hasLogo();
        }
    }

    public void save() {
        try {
            settings.change(numberFormat, signatoryName, signatoryTitleId, signatoryTitleEn, resultBands, printIdentityNumber);
            FacesMessages.info("certificate.settings.saved");
        } catch (InvalidInput invalid) {
            FacesMessages.invalid("settings", invalid);
        }
    }

    public void uploadLogo() {
        if (logo == null || logo.getSize() == 0) {
            FacesMessages.error("certificate.logo.empty");
            return;
        }
        if (logo.getSize() > CertificateLogo.MAX_BYTES) {
            FacesMessages.error("certificate.logo.tooLarge", CertificateLogo.MAX_BYTES / 1024);
            return;
        }
        try (java.io.InputStream in = logo.getInputStream()) {
            settings.changeLogo(logo.getSubmittedFileName(), in.readAllBytes());
            hasLogo = true;
            FacesMessages.info("certificate.logo.saved");
        } catch (InvalidInput invalid) {
            FacesMessages.error(invalid.messageKey(), invalid.arguments());
        } catch (java.io.IOException unreadable) {
            FacesMessages.error("certificate.logo.empty");
        }
    }

    public void removeLogo() {
        settings.removeLogo();
        hasLogo = false;
        FacesMessages.info("certificate.logo.removed");
    }

    public boolean isPrintIdentityNumber() {
        return printIdentityNumber;
    }

    public void setPrintIdentityNumber(boolean printIdentityNumber) {
        this.printIdentityNumber = printIdentityNumber;
    }

    public boolean isHasLogo() {
        return hasLogo;
    }

    public jakarta.servlet.http.Part getLogo() {
        return logo;
    }

    public void setLogo(jakarta.servlet.http.Part logo) {
        this.logo = logo;
    }

    public String getNumberFormat() {
        return numberFormat;
    }

    public void setNumberFormat(String numberFormat) {
        this.numberFormat = numberFormat;
    }

    public String getSignatoryName() {
        return signatoryName;
    }

    public void setSignatoryName(String signatoryName) {
        this.signatoryName = signatoryName;
    }

    public String getSignatoryTitleId() {
        return signatoryTitleId;
    }

    public void setSignatoryTitleId(String signatoryTitleId) {
        this.signatoryTitleId = signatoryTitleId;
    }

    public String getSignatoryTitleEn() {
        return signatoryTitleEn;
    }

    public void setSignatoryTitleEn(String signatoryTitleEn) {
        this.signatoryTitleEn = signatoryTitleEn;
    }

    public String getResultBands() {
        return resultBands;
    }

    public void setResultBands(String resultBands) {
        this.resultBands = resultBands;
    }
}
