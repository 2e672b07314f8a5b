package id.pendamping.assessment.gift;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one question: the lines between blank lines, comments already taken off. Finds the name, the
 * format prefix and the answer block, and builds the stem around the block.
 */
final class QuestionReader {

    // Nothing can fill a blank in the middle of these, so text after their block is a mistake.
    private static final Set<GiftType> BLOCK_LAST = EnumSet.of(GiftType.TRUE_FALSE, GiftType.MATCHING, GiftType.ESSAY);

    private final Problems problems;

    QuestionReader(Problems problems) {
        this.problems = problems;
    }

    /** The question, or null when it has a problem (reported). */
    GiftQuestion read(List<SourceLine> lines, String category, List<String> comments) {
        int before = problems.count();
        int line = lines.get(0).number();
        GiftQuestion.Builder question = new GiftQuestion.Builder().category(category).line(line);
        comments.forEach(question::comment);
        MarkedText text = MarkedText.of(lines).trim();
        if (text.startsWith("::")) {
            int end = text.indexOf("::", 2);
            if (end < 0) {
                problems.add(line, "the question name has no closing :: (write \\: for a colon in the name)");
                return null;
            }
            question.name(Piece.blankToNull(text.slice(2, end).text()));
            text = text.slice(end + 2).trim();
        }
        text = readFormat(text, question);
        int[] block = findBlock(text);
        if (block == null) {
            return null;
        }
        String stem;
        if (block.length == 0) {
            question.type(GiftType.DESCRIPTION);
            stem = text.text().strip();
        } else {
            int open = block[0];
            int close = block[1];
            new AnswerBlockReader(problems).read(text.slice(open + 1, close), text.lineAt(open), question);
            String after = text.slice(close + 1).text();
            boolean missingWord = !after.isBlank();
            stem = (text.slice(0, open).text() + (missingWord ? GiftQuestion.BLANK + after : "")).strip();
            if (missingWord && BLOCK_LAST.contains(question.type())) {
                problems.add(text.lineAt(close), "text after the answer block makes no sense in "
                        + describe(question.type()) + " question: put it before the {");
            }
        }
        if (stem.isEmpty()) {
            problems.add(line, "the question has no text");
        }
        return problems.count() > before ? null : question.stem(stem).build();
    }

    /** Takes off a known {@code [format]} prefix; an unknown one stays part of the text, as in Moodle. */
    private static MarkedText readFormat(MarkedText text, GiftQuestion.Builder question) {
        if (!text.startsWith("[")) {
            return text;
        }
        int close = text.indexOf(']', 1);
        return close < 0 ? text : GiftFormat.fromToken(text.slice(1, close).text())
                .map(format -> {
                    question.format(format);
                    return text.slice(close + 1).trim();
                })
                .orElse(text);
    }

    /**
     * The positions of the block's braces, an empty array when there is no block, or null after reporting
     * a brace problem. Only the first brace problem of a question is reported: the ones after it are
     * usually the same mistake seen again.
     */
    private int[] findBlock(MarkedText text) {
        int open = -1;
        int close = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.isMarkup(i, '{')) {
                if (open < 0) {
                    open = i;
                } else {
                    problems.add(text.lineAt(i), close < 0
                            ? "a { inside an answer block (write \\{ for a brace in the text)"
                            : "a second answer block: a question has one; separate questions with a blank line");
                    return null;
                }
            } else if (text.isMarkup(i, '}')) {
                if (open < 0 || close >= 0) {
                    problems.add(text.lineAt(i), "a } without a { before it (write \\} for a brace in the text)");
                    return null;
                }
                close = i;
            }
        }
        if (open >= 0 && close < 0) {
            problems.add(text.lineAt(open), "the answer block opened here is not closed with }");
            return null;
        }
        return open < 0 ? new int[0] : new int[] {open, close};
    }

    private static String describe(GiftType type) {
        return switch (type) {
            case TRUE_FALSE -> "a true-false";
            case MATCHING -> "a matching";
            default -> "an essay";
        };
    }
}
