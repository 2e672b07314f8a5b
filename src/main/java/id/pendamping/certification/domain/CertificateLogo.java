package id.pendamping.certification.domain;

/** A centre's logo as printed on its certificates: a PNG or JPEG image, checked from its content at upload. */
public record CertificateLogo(String mediaType, byte[] image) {

    public static final int MAX_BYTES = 512 * 1024;
}
