package id.pendamping.certification.domain;

/** What a verifier is told about a certificate today. */
public enum Standing {
    VALID,
    EXPIRED,
    REVOKED,
    SUPERSEDED
}
