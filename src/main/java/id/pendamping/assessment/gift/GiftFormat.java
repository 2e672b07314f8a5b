package id.pendamping.assessment.gift;

import java.util.Optional;

/**
 * The text format a question may announce before its text, as in {@code [html]Who is <b>buried</b>...}.
 * A question without the prefix has no format ({@code null}), which Moodle reads as {@link #MOODLE}; the
 * two are kept apart so that a file is written back as it was read.
 */
public enum GiftFormat {
    MOODLE("moodle"),
    HTML("html"),
    PLAIN("plain"),
    MARKDOWN("markdown");

    private final String token;

    GiftFormat(String token) {
        this.token = token;
    }

    /** The word between the brackets, e.g. {@code html}. */
    public String token() {
        return token;
    }

    /** The format for the word between the brackets; Moodle knows these four, in lower case only. */
    public static Optional<GiftFormat> fromToken(String token) {
        for (GiftFormat format : values()) {
            if (format.token.equals(token)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
