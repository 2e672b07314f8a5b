package id.pendamping.assessment.application;

import id.pendamping.platform.Messages;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A GIFT file the item bank refuses: nothing was imported. Lists every problem with its file and
 * line, so a coordinator can correct the whole file in one go.
 */
public class InvalidGift extends RuntimeException {

    /**
     * One problem. Line 0 means the file as a whole. Problems found by the GIFT parser carry its own
     * (English) description as the argument of {@code gift.problem.syntax}.
     */
    public record Problem(String file, int line, String messageKey, List<Object> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }

        /** "file:line: message" in the reader's language, or "file: message" for the whole file. */
        public String describe(Locale locale) {
            String message = Messages.text(locale, messageKey, arguments.toArray());
            // The line goes in as text so that MessageFormat does not group its digits ("1.024").
            return line > 0 ? Messages.text(locale, "gift.problemAtLine", file, String.valueOf(line), message)
                    : Messages.text(locale, "gift.problemInFile", file, message);
        }
    }

    private final transient List<Problem> problems;

    public InvalidGift(List<Problem> problems) {
        super(problems.size() + " problem(s) in GIFT file: "
                + problems.stream().map(p -> p.describe(Locale.ENGLISH)).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** In line order; never empty. */
    public List<Problem> problems() {
        return problems;
    }

    /** Every problem as "file:line: message" in the reader's language. */
    public List<String> lines(Locale locale) {
        return problems.stream().map(p -> p.describe(locale)).toList();
    }
}
