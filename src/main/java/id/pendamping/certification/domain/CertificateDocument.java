package id.pendamping.certification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The signed PDF of a certificate, written once at issue; every download returns these bytes. */
@Entity
@Table(name = "certificate_document")
public class CertificateDocument {

    @Id
    @Column(name = "certificate_id")
    private Long certificateId;

    @Column(nullable = false)
    private byte[] pdf;

    protected CertificateDocument() {
    }

    public CertificateDocument(Long certificateId, byte[] pdf) {
        this.certificateId = certificateId;
        this.pdf = pdf;
    }

    public byte[] getPdf() {
        return pdf;
    }
}
