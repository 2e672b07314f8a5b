package id.pendamping.assessment.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads Moodle's GIFT format. Follows Moodle's importer ({@code qformat_gift}) and documentation, with
 * these choices where GIFT is ambiguous or Moodle lenient:
 *
 * <ul>
 * <li>Questions are separated by blank lines. A blank line always ends a question, even inside an answer
 * block, as in Moodle: the block is then reported as not closed, and the next question is read on its own.
 * <li>A line starting with {@code //} is a comment. Those directly before a question (no blank line
 * between) are kept with it; comments anywhere else, inside a question included, are dropped.
 * <li>A line starting with {@code $CATEGORY:} sets the category of the questions after it and also ends
 * a question in progress (Moodle would have swallowed the rest of the paragraph into the category).
 * The path is kept as written.
 * <li>{@code ::name::}, then an optional {@code [html]}, {@code [moodle]}, {@code [plain]} or
 * {@code [markdown]} prefix, which is recorded in {@link GiftQuestion#format()}. A prefix inside answers
 * or feedback is kept as part of their text.
 * <li>When text follows the answer block, the block's place in the stem becomes {@link GiftQuestion#BLANK}
 * (missing word). That makes no sense for true-false, matching or essay questions, so it is refused there.
 * <li>Outside the answer block {@code ~ = #} are ordinary characters, as in Moodle; inside it they must
 * be escaped. {@code \n} is a line break anywhere.
 * <li>Moodle's lenient readings of mistakes are refused with a message: text before the first answer,
 * several {@code =} in a multiple choice, a weight that is not a number or lies outside -100..100,
 * {@code =%50%} in a multiple choice, feedback on matching pairs, numbers with a decimal comma.
 * <li>Problems are reported at the line of the thing that is wrong: an unclosed block at the line of its
 * {@code {}, a bad answer at the line of its {@code =} or {@code ~}, a problem of the block as a whole
 * (no right answer, too few pairs) at the line of its {@code {}, a missing name end or missing text at the
 * line where the question starts.
 * </ul>
 */
public final class GiftParser {

    private static final String CATEGORY = "$CATEGORY:";

    private GiftParser() {
    }

    /**
     * All questions of the text, in order.
     *
     * @throws GiftSyntaxException listing every problem found, when there is any; no question is returned
     *                             then, so that a file is imported whole or not at all
     */
    public static List<GiftQuestion> parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r\n|\r|\n", -1);
        Problems problems = new Problems();
        QuestionReader reader = new QuestionReader(problems);
        List<GiftQuestion> questions = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        List<SourceLine> question = new ArrayList<>();
        String category = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            boolean categoryLine = trimmed.startsWith(CATEGORY);
            if (trimmed.isEmpty() || categoryLine) {
                finish(question, category, comments, reader, questions);
                if (categoryLine) {
                    category = trimmed.substring(CATEGORY.length()).strip();
                    if (category.isEmpty()) {
                        problems.add(i + 1, "$CATEGORY: names no category");
                    }
                }
            } else if (trimmed.startsWith("//")) {
                if (question.isEmpty()) {
                    comments.add(comment(trimmed));
                }
            } else {
                question.add(new SourceLine(i + 1, line));
            }
        }
        finish(question, category, comments, reader, questions);
        if (problems.count() > 0) {
            throw new GiftSyntaxException(problems.inLineOrder());
        }
        return List.copyOf(questions);
    }

    private static void finish(List<SourceLine> question, String category, List<String> comments,
            QuestionReader reader, List<GiftQuestion> questions) {
        if (!question.isEmpty()) {
            GiftQuestion read = reader.read(question, category, comments);
            if (read != null) {
                questions.add(read);
            }
        }
        question.clear();
        comments.clear();
    }

    /** Without {@code //} and the one space that usually follows it. */
    private static String comment(String line) {
        String text = line.substring(2);
        return text.startsWith(" ") ? text.substring(1) : text;
    }
}
