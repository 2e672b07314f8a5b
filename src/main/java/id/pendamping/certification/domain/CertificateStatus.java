package id.pendamping.certification.domain;

/** What has happened to a certificate. Expiry is not a status: it follows from the date. */
public enum CertificateStatus {
    ISSUED,
    REVOKED,
    SUPERSEDED
}
