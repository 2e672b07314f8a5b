package id.pendamping.competency.domain;

import java.util.Optional;
import java.util.Set;
import org.apache.tika.Tika;

/**
 * What a portfolio file may be: a PDF, JPEG or PNG of at most {@value #MAX_BYTES} bytes. The type is
 * found from the content by Apache Tika's magic numbers and never from the name, so an executable
 * renamed "sertifikat.pdf" is refused for what it is.
 */
public final class PortfolioRules {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_FILES = 20;
    public static final Set<String> ACCEPTED = Set.of("application/pdf", "image/jpeg", "image/png");
    private static final Tika TIKA = new Tika();

    private PortfolioRules() {
    }

    /** The file's type when it is one of the accepted ones; the detected type is only read, never trusted from the name. */
    public static Optional<String> acceptedType(byte[] content) {
        String detected = TIKA.detect(content);
        return ACCEPTED.contains(detected) ? Optional.of(detected) : Optional.empty();
    }

    /** The type Tika finds, for the refusal message. */
    public static String detectedType(byte[] content) {
        return TIKA.detect(content);
    }
}
