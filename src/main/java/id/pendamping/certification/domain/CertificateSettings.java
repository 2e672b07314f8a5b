package id.pendamping.certification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** How one training centre numbers and signs its certificates and which result bands it prints. */
@Entity
@Table(name = "certificate_settings")
public class CertificateSettings {

    @Id
    @Column(name = "training_center_id")
    private Long trainingCenterId;

    @Column(name = "number_format", nullable = false, length = 100)
    private String numberFormat;

    @Column(name = "signatory_name", nullable = false, length = 200)
    private String signatoryName;

    @Column(name = "signatory_title_id", nullable = false, length = 200)
    private String signatoryTitleId;

    @Column(name = "signatory_title_en", nullable = false, length = 200)
    private String signatoryTitleEn;

    @Column(name = "result_bands", nullable = false, length = 1000)
    private String resultBands;

    @Column(name = "print_identity_number", nullable = false)
    private boolean printIdentityNumber;

    @Version
    private long version;

    protected CertificateSettings() {
    }

    /** A centre's first settings: the default pattern and bands, signed by the head of the centre. */
    public static CertificateSettings defaultsFor(Long trainingCenterId) {
        CertificateSettings s = new CertificateSettings();
        s.trainingCenterId = trainingCenterId;
        s.numberFormat = CertificateNumberFormat.DEFAULT;
        s.signatoryName = "Kepala Balai";
        s.signatoryTitleId = "Kepala Balai";
        s.signatoryTitleEn = "Head of the Training Centre";
        s.resultBands = ResultBands.DEFAULT;
        return s;
    }

    /** Changes the settings; the caller has checked the pattern and bands. Issued certificates keep what they printed. */
    public void change(String numberFormat, String signatoryName, String signatoryTitleId, String signatoryTitleEn,
                       String resultBands, boolean printIdentityNumber) {
        this.printIdentityNumber = printIdentityNumber;
        this.numberFormat = numberFormat;
        this.signatoryName = signatoryName;
        this.signatoryTitleId = signatoryTitleId;
        this.signatoryTitleEn = signatoryTitleEn;
        this.resultBands = resultBands;
    }

    public Long getTrainingCenterId() {
        return trainingCenterId;
    }

    public String getNumberFormat() {
        return numberFormat;
    }

    public String getSignatoryName() {
        return signatoryName;
    }

    public String getSignatoryTitleId() {
        return signatoryTitleId;
    }

    public String getSignatoryTitleEn() {
        return signatoryTitleEn;
    }

    public String getResultBands() {
        return resultBands;
    }

    /** Whether the centre's certificates print the holder's identity number (NIK) under the name. */
    public boolean isPrintIdentityNumber() {
        return printIdentityNumber;
    }
}
