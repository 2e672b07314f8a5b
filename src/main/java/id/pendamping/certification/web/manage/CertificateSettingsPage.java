package id.pendamping.certification.web.manage;

import id.pendamping.certification.application.CentreCertificateSettings;
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

    public void load() {
        if (numberFormat == null) {
            CertificateSettings current = settings.mine();
            numberFormat = current.getNumberFormat();
            signatoryName = current.getSignatoryName();
            signatoryTitleId = current.getSignatoryTitleId();
            signatoryTitleEn = current.getSignatoryTitleEn();
            resultBands = current.getResultBands();
        }
    }

    public void save() {
        try {
            settings.change(numberFormat, signatoryName, signatoryTitleId, signatoryTitleEn, resultBands);
            FacesMessages.info("certificate.settings.saved");
        } catch (InvalidInput invalid) {
            FacesMessages.invalid("settings", invalid);
        }
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
