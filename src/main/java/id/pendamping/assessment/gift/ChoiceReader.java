package id.pendamping.assessment.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Reads the answers of multiple choice, multiple response and short answer questions. */
final class ChoiceReader {

    private final Problems problems;

    ChoiceReader(Problems problems) {
        this.problems = problems;
    }

    /**
     * A block with {@code ~}: multiple choice when one answer is marked {@code =}, multiple response when
     * none is. Moodle accepts several {@code =} and reads {@code =%50%} as text; both are refused here
     * because the author cannot have meant what Moodle would make of them.
     */
    void readChoices(List<Piece> pieces, int openLine, GiftQuestion.Builder question) {
        int rights = 0;
        int read = 0;
        boolean anyPositive = false;
        for (Piece piece : pieces) {
            boolean right = piece.marker() == '=';
            rights += right ? 1 : 0;
            if (right && rights == 2) {
                problems.add(piece.line(), "a multiple choice question has one right answer (=); "
                        + "for several right answers give each a weight, e.g. ~%50%");
            }
            GiftAnswer answer = read(piece, right ? GiftNumbers.HUNDRED : BigDecimal.ZERO);
            if (answer == null) {
                continue;
            }
            if (right && answer.weight().compareTo(GiftNumbers.HUNDRED) != 0) {
                problems.add(piece.line(), "the right answer (=) of a multiple choice question is worth 100%; "
                        + "write partial credit as ~%" + GiftNumbers.format(answer.weight()) + "%");
            }
            read++;
            anyPositive |= answer.weight().signum() > 0;
            question.answer(answer);
        }
        question.type(rights > 0 ? GiftType.MULTIPLE_CHOICE : GiftType.MULTIPLE_RESPONSE);
        if (pieces.size() < 2) {
            problems.add(openLine, "a multiple choice question needs at least two answers");
        }
        // An answer already reported may have been meant as the right one: saying there is none would mislead.
        if (rights == 0 && !anyPositive && read == pieces.size()) {
            problems.add(openLine, "the question has no right answer: mark it with =, "
                    + "or give the right answers positive weights such as ~%50%");
        }
    }

    /** A block of {@code =} answers only, each worth 100% unless weighted; one must be worth 100%. */
    void readShortAnswers(List<Piece> pieces, int openLine, GiftQuestion.Builder question) {
        question.type(GiftType.SHORT_ANSWER);
        List<GiftAnswer> answers = new ArrayList<>();
        for (Piece piece : pieces) {
            GiftAnswer answer = read(piece, GiftNumbers.HUNDRED);
            if (answer != null) {
                answers.add(answer);
                question.answer(answer);
            }
        }
        boolean complete = answers.size() == pieces.size();
        if (complete && answers.stream().noneMatch(answer -> answer.weight().compareTo(GiftNumbers.HUNDRED) == 0)) {
            problems.add(openLine, "no answer is worth 100%: at least one answer must be fully right");
        }
    }

    /** One answer, or null after reporting what is wrong with it. */
    private GiftAnswer read(Piece piece, BigDecimal defaultWeight) {
        WeightedText weighted = WeightedText.read(piece, defaultWeight, problems);
        if (weighted == null) {
            return null;
        }
        Piece rest = new Piece(piece.marker(), weighted.rest(), piece.line());
        String text = rest.beforeFeedback().text().strip();
        if (text.isEmpty()) {
            problems.add(piece.line(), "an answer after " + piece.marker() + " has no text");
            return null;
        }
        return new GiftAnswer(text, weighted.weight(), rest.feedback());
    }
}
