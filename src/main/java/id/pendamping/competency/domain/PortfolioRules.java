package id.pendamping.competency.domain;

import java.util.Optional;
import java.util.Set;
import id.pendamping.platform.FileContent;

/**
 * What a portfolio file may be: a PDF, JPEG or PNG of at most {@value #MAX_BYTES} bytes. The type is
 * found from the content ({@link FileContent}) and never from the name, so an executable
 * renamed "sertifikat.pdf" is refused for what it is.
 */
public final class PortfolioRules {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_FILES = 20;
    public static final Set<String> ACCEPTED = Set.of("application/pdf", "image/jpeg", "image/png");

    private PortfolioRules() {
    }

    /** The file's type when it is one of the accepted ones; the detected type is only read, never trusted from the name. */
    public static Optional<String> acceptedType(byte[] content) {
        String detected = FileContent.detect(content);
        return ACCEPTED.contains(detected) ? Optional.of(detected) : Optional.empty();
    }

    /** The type Tika finds, for the refusal message. */
    public static String detectedType(byte[] content) {
        return FileContent.detect(content);
    }
}
