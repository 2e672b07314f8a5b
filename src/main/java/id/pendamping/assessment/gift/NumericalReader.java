package id.pendamping.assessment.gift;

import java.math.BigDecimal;
import java.util.List;

/**
 * Reads the block of a numerical question after its leading {@code #}: either one answer
 * ({@code {#3.5:0.1}}, {@code {#1..5}}, {@code {#1822}}) or several {@code =} answers with weights and
 * feedback, optionally ending with Moodle's catch-all {@code ~#feedback for any other number}.
 */
final class NumericalReader {

    private final Problems problems;

    NumericalReader(Problems problems) {
        this.problems = problems;
    }

    void read(MarkedText body, int openLine, GiftQuestion.Builder question) {
        int tilde = body.indexOf('~', 0);
        MarkedText answers = tilde < 0 ? body : body.slice(0, tilde);
        int before = problems.count();
        List<Piece> pieces = Piece.split(answers, "=");
        boolean anyFullyRight = false;
        for (Piece piece : pieces) {
            GiftNumericAnswer answer = readAnswer(piece);
            if (answer != null) {
                anyFullyRight |= answer.weight().compareTo(GiftNumbers.HUNDRED) == 0;
                question.numericAnswer(answer);
            }
        }
        if (tilde >= 0) {
            readAnyOther(body.slice(tilde + 1).trim(), body.lineAt(tilde), question);
        }
        if (pieces.isEmpty()) {
            problems.add(openLine, "the numerical answer block has no answer: write it like {#3.5:0.1} or {#1..5}");
        } else if (problems.count() == before && !anyFullyRight) {
            problems.add(openLine, "no answer is worth 100%: at least one number must be fully right");
        }
    }

    private GiftNumericAnswer readAnswer(Piece piece) {
        WeightedText weighted = WeightedText.read(piece, GiftNumbers.HUNDRED, problems);
        if (weighted == null) {
            return null;
        }
        Piece rest = new Piece(piece.marker(), weighted.rest(), piece.line());
        String number = rest.beforeFeedback().text().strip();
        GiftNumericAnswer range = readRange(number, piece.line());
        return range == null ? null : range.withWeight(weighted.weight()).withFeedback(rest.feedback());
    }

    /** {@code min..max}, {@code value:tolerance} or a bare value; null after reporting a problem. */
    private GiftNumericAnswer readRange(String number, int line) {
        if (number.isEmpty()) {
            problems.add(line, "a numerical answer has no number");
            return null;
        }
        int dots = number.indexOf("..");
        int colon = number.indexOf(':');
        String first = dots > 0 ? number.substring(0, dots) : colon > 0 ? number.substring(0, colon) : number;
        String second = dots > 0 ? number.substring(dots + 2) : colon > 0 ? number.substring(colon + 1) : "0";
        BigDecimal a = GiftNumbers.parse(first);
        BigDecimal b = GiftNumbers.parse(second);
        if (a == null || b == null) {
            problems.add(line, GiftNumbers.notANumber(a == null ? first : second));
            return null;
        }
        if (dots > 0) {
            if (a.compareTo(b) > 0) {
                problems.add(line, "the range " + number + " starts after it ends");
                return null;
            }
            return GiftNumericAnswer.range(a, b);
        }
        if (b.signum() < 0) {
            problems.add(line, "the tolerance " + second.strip() + " is negative");
            return null;
        }
        return new GiftNumericAnswer(a, b, GiftNumbers.HUNDRED, null);
    }

    /** After {@code ~} only {@code #feedback} may follow, as Moodle writes it. */
    private void readAnyOther(MarkedText text, int line, GiftQuestion.Builder question) {
        if (text.indexOf('~', 0) >= 0) {
            problems.add(text.lineAt(text.indexOf('~', 0)), "a numerical question has at most one ~ (for any other number)");
        } else if (!text.isEmpty() && !text.isMarkup(0, '#')) {
            problems.add(line, "after ~ in a numerical question only #feedback for any other number may follow");
        } else {
            question.numericAnswer(GiftNumericAnswer.anyOther(text.isEmpty() ? null : Piece.blankToNull(text.slice(1).text())));
        }
    }
}
