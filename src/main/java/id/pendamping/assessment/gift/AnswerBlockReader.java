package id.pendamping.assessment.gift;

import java.util.List;
import java.util.Set;

/**
 * Reads what stands between {@code {} and {@code }}: tells the question type from it, as Moodle does, and
 * fills in the answers. Types are told apart in this order: nothing (essay), a leading {@code #}
 * (numerical), {@code T}/{@code TRUE}/{@code F}/{@code FALSE} before any {@code #} (true-false), any
 * {@code ~} (multiple choice or response), any {@code ->} before feedback (matching), else short answer.
 */
final class AnswerBlockReader {

    private static final Set<String> TRUE_WORDS = Set.of("T", "TRUE");
    private static final Set<String> FALSE_WORDS = Set.of("F", "FALSE");

    private final Problems problems;

    AnswerBlockReader(Problems problems) {
        this.problems = problems;
    }

    /**
     * @param block    the text between the braces
     * @param openLine the line of the {@code {}, where problems of the block as a whole are reported
     */
    void read(MarkedText block, int openLine, GiftQuestion.Builder question) {
        MarkedText body = block.trim();
        // The last ####, as Moodle: "{T#####general}" is an empty wrong feedback followed by ####.
        int general = body.lastIndexOf("####");
        if (general >= 0) {
            question.generalFeedback(Piece.blankToNull(body.slice(general + 4).text()));
            body = body.slice(0, general).trim();
        }
        if (body.isEmpty()) {
            question.type(GiftType.ESSAY);
        } else if (body.isMarkup(0, '#')) {
            question.type(GiftType.NUMERICAL);
            new NumericalReader(problems).read(body.slice(1), openLine, question);
        } else if (isTrueFalse(body)) {
            readTrueFalse(body, question);
        } else {
            readAnswers(body, openLine, question);
        }
    }

    private static boolean isTrueFalse(MarkedText body) {
        String head = head(body);
        return TRUE_WORDS.contains(head) || FALSE_WORDS.contains(head);
    }

    private static String head(MarkedText body) {
        int hash = body.indexOf('#', 0);
        return (hash < 0 ? body : body.slice(0, hash)).text().strip();
    }

    /** {@code {T#wrong#right}}: Moodle shows the first feedback for a wrong answer, the second for a right one. */
    private static void readTrueFalse(MarkedText body, GiftQuestion.Builder question) {
        boolean answer = TRUE_WORDS.contains(head(body));
        int first = body.indexOf('#', 0);
        int second = first < 0 ? -1 : body.indexOf('#', first + 1);
        String wrong = first < 0 ? null : Piece.blankToNull(body.slice(first + 1, second < 0 ? body.length() : second).text());
        // Like Moodle, the right feedback is all that follows the second #, any further # included.
        String right = second < 0 ? null : Piece.blankToNull(body.slice(second + 1).text());
        question.type(GiftType.TRUE_FALSE);
        if (answer) {
            question.trueFalse(true, right, wrong);
        } else {
            question.trueFalse(false, wrong, right);
        }
    }

    private void readAnswers(MarkedText body, int openLine, GiftQuestion.Builder question) {
        List<Piece> pieces = Piece.split(body, "~=");
        if (pieces.get(0).marker() == Piece.NONE) {
            Piece stray = pieces.get(0);
            problems.add(stray.line(), Problems.quote(stray.beforeFeedback().text())
                    + " is not an answer: answers start with = or ~, a true-false answer is T, TRUE, F or FALSE");
            pieces = pieces.subList(1, pieces.size());
            if (pieces.isEmpty()) {
                return;
            }
        }
        ChoiceReader choices = new ChoiceReader(problems);
        if (pieces.stream().anyMatch(piece -> piece.marker() == '~')) {
            choices.readChoices(pieces, openLine, question);
        } else if (pieces.stream().anyMatch(piece -> piece.beforeFeedback().text().contains("->"))) {
            readMatching(pieces, openLine, question);
        } else {
            choices.readShortAnswers(pieces, openLine, question);
        }
    }

    /**
     * Pairs {@code =left -> right}. A pair with nothing on the left only adds a wrong choice on the right,
     * as in Moodle. Pairs take no feedback: a {@code #} is refused rather than kept as text, because an
     * author who writes one almost always meant feedback. A {@code %} stays text, as in Moodle.
     */
    private void readMatching(List<Piece> pieces, int openLine, GiftQuestion.Builder question) {
        question.type(GiftType.MATCHING);
        int before = problems.count();
        int withLeft = 0;
        for (Piece piece : pieces) {
            String text = piece.text().text();
            int arrow = text.indexOf("->");
            if (piece.text().indexOf('#', 0) >= 0) {
                problems.add(piece.line(), "a matching pair takes no feedback (write \\# for a # in the text)");
            } else if (arrow < 0) {
                problems.add(piece.line(), "the pair " + Problems.quote(text) + " has no ->: write =left -> right");
            } else if (text.substring(arrow + 2).isBlank()) {
                problems.add(piece.line(), "the pair " + Problems.quote(text) + " has nothing after ->");
            } else {
                String left = text.substring(0, arrow).strip();
                question.pair(left, text.substring(arrow + 2).strip());
                withLeft += left.isEmpty() ? 0 : 1;
            }
        }
        if (pieces.size() < 3) {
            problems.add(openLine, "a matching question needs at least three pairs, this one has " + pieces.size());
        } else if (problems.count() == before && withLeft < 2) {
            problems.add(openLine, "a matching question needs at least two pairs with text before ->");
        }
    }
}
