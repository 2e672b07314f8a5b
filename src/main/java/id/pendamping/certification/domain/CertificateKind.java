package id.pendamping.certification.domain;

/**
 * The two certificates that must never be confused: a training certificate (sertifikat pelatihan),
 * issued by the training centre for a completed programme, and a certificate of competence
 * (sertifikat kompetensi), issued by a certification body for a scheme, with an expiry.
 */
public enum CertificateKind {
    TRAINING,
    COMPETENCE
}
