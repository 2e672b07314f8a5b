package id.pendamping.assessment.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes questions as GIFT that {@link GiftParser} reads back equal: {@code parse(write(questions))}
 * equals {@code questions} for every list the parser can produce. The layout is Moodle's export: a blank
 * line between questions, one answer per line when the block ends the question, the whole block on
 * one line when it fills a blank in the middle of the stem. Every special character in text is escaped,
 * {@code :} included, as Moodle's exporter does; a line break in text is written {@code \n}.
 */
public final class GiftWriter {

    private static final Set<GiftType> BLOCK_LAST = EnumSet.of(GiftType.TRUE_FALSE, GiftType.MATCHING,
            GiftType.ESSAY, GiftType.DESCRIPTION);

    private GiftWriter() {
    }

    /**
     * The questions as a GIFT text, with a {@code $CATEGORY:} line wherever the category changes.
     *
     * @throws IllegalArgumentException when a question without category follows one with a category:
     *                                  GIFT has no way to leave a category
     */
    public static String write(List<GiftQuestion> questions) {
        StringBuilder out = new StringBuilder();
        String category = null;
        for (GiftQuestion question : questions) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            if (!Objects.equals(category, question.category())) {
                if (question.category() == null) {
                    throw new IllegalArgumentException("question " + describe(question)
                            + " has no category but follows one in " + category + ": GIFT cannot leave a category");
                }
                category = question.category();
                out.append("$CATEGORY: ").append(category).append("\n\n");
            }
            writeQuestion(question, out);
            out.append('\n');
        }
        return out.toString();
    }

    private static void writeQuestion(GiftQuestion question, StringBuilder out) {
        for (String comment : question.comments()) {
            out.append(comment.isEmpty() ? "//" : "// " + comment).append('\n');
        }
        if (question.name() != null) {
            out.append("::").append(escape(question.name())).append(":: ");
        }
        if (question.format() != null) {
            out.append('[').append(question.format().token()).append(']');
        }
        String stem = question.stem();
        if (question.name() == null && question.format() == null && stem.startsWith("//")) {
            // GIFT cannot escape a slash, and a line starting with // is a comment; an escaped line break
            // first is trimmed away again by the parser.
            out.append("\\n");
        }
        int blank = blankToFill(question);
        if (blank >= 0) {
            out.append(escape(stem.substring(0, blank))).append(block(question, false))
                    .append(escape(stem.substring(blank + GiftQuestion.BLANK.length())));
        } else {
            out.append(escape(stem));
            if (question.type() != GiftType.DESCRIPTION) {
                out.append(' ').append(block(question, true));
            }
        }
    }

    /**
     * Where the block goes inside the stem: the first blank with text after it. A blank at the end of the
     * stem gets the block after it, since the parser would not turn a block at the end back into a blank;
     * and a question type that takes no missing word always gets its block at the end.
     */
    private static int blankToFill(GiftQuestion question) {
        if (BLOCK_LAST.contains(question.type())) {
            return -1;
        }
        String stem = question.stem();
        for (int at = stem.indexOf(GiftQuestion.BLANK); at >= 0; at = stem.indexOf(GiftQuestion.BLANK, at + 1)) {
            if (!stem.substring(at + GiftQuestion.BLANK.length()).isBlank()) {
                return at;
            }
        }
        return -1;
    }

    private static String block(GiftQuestion question, boolean lineByLine) {
        List<String> entries = new ArrayList<>();
        String opening = "";
        switch (question.type()) {
            case MULTIPLE_CHOICE -> {
                boolean rightWritten = false;
                for (GiftAnswer answer : question.answers()) {
                    boolean right = !rightWritten && answer.weight().compareTo(GiftNumbers.HUNDRED) == 0;
                    rightWritten |= right;
                    entries.add(answer(right ? "=" : "~", answer, right ? GiftNumbers.HUNDRED : BigDecimal.ZERO));
                }
            }
            case MULTIPLE_RESPONSE -> question.answers().forEach(answer -> entries.add(answer("~", answer, BigDecimal.ZERO)));
            case SHORT_ANSWER -> question.answers().forEach(answer -> entries.add(answer("=", answer, GiftNumbers.HUNDRED)));
            case MATCHING -> question.pairs().forEach(pair -> entries.add("=" + escape(pair.left()) + " -> " + escape(pair.right())));
            case NUMERICAL -> {
                opening = "#";
                lineByLine &= !isSingleNumber(question);
                question.numericAnswers().forEach(answer -> entries.add(number(answer, !isSingleNumber(question))));
            }
            case TRUE_FALSE -> {
                lineByLine = false;
                entries.add(trueFalse(question));
            }
            default -> lineByLine = false;
        }
        if (question.generalFeedback() != null) {
            entries.add("####" + escape(question.generalFeedback()));
        }
        if (lineByLine) {
            StringBuilder out = new StringBuilder("{").append(opening).append('\n');
            entries.forEach(entry -> out.append('\t').append(entry).append('\n'));
            return out.append('}').toString();
        }
        return "{" + opening + String.join(" ", entries) + "}";
    }

    /** A weight is written when it differs from the marker's own, or when the text could pass for one. */
    private static String answer(String marker, GiftAnswer answer, BigDecimal markerWeight) {
        boolean weightNeeded = answer.weight().compareTo(markerWeight) != 0 || answer.text().startsWith("%");
        return marker + (weightNeeded ? "%" + GiftNumbers.format(answer.weight()) + "%" : "")
                + escape(answer.text()) + feedback(answer.feedback());
    }

    /** One fully right number and nothing else is written the short way, {@code {#3.5:0.1}}. */
    private static boolean isSingleNumber(GiftQuestion question) {
        List<GiftNumericAnswer> answers = question.numericAnswers();
        return answers.size() == 1 && !answers.get(0).isAnyOther()
                && answers.get(0).weight().compareTo(GiftNumbers.HUNDRED) == 0;
    }

    private static String number(GiftNumericAnswer answer, boolean marked) {
        if (answer.isAnyOther()) {
            return "~" + feedback(answer.feedback());
        }
        String weight = answer.weight().compareTo(GiftNumbers.HUNDRED) == 0 ? "" : "%" + GiftNumbers.format(answer.weight()) + "%";
        String tolerance = answer.tolerance().signum() == 0 ? "" : ":" + GiftNumbers.format(answer.tolerance());
        return (marked ? "=" + weight : "") + GiftNumbers.format(answer.value()) + tolerance + feedback(answer.feedback());
    }

    /** {@code TRUE#wrong#right}: the feedback for a wrong answer comes first, as Moodle reads it. */
    private static String trueFalse(GiftQuestion question) {
        String wrong = question.wrongFeedback();
        String right = question.rightFeedback();
        String answer = question.trueFalseAnswer() ? "TRUE" : "FALSE";
        if (right != null) {
            return answer + "#" + (wrong == null ? "" : escape(wrong)) + "#" + escape(right);
        }
        return answer + feedback(wrong);
    }

    private static String feedback(String feedback) {
        return feedback == null ? "" : "#" + escape(feedback);
    }

    /** Escapes what GIFT would read as markup; a line break becomes {@code \n} so a text stays on its line. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '~', '=', '#', '{', '}', ':' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\r' -> { } // a line break is already written by its \n
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String describe(GiftQuestion question) {
        return question.name() != null ? "'" + question.name() + "'" : "at line " + question.line();
    }
}
