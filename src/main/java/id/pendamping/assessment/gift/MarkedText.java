package id.pendamping.assessment.gift;

import java.util.Arrays;
import java.util.List;

/**
 * GIFT text with its escapes resolved, remembering which characters were escaped (so that {@code \=} is
 * never taken for markup) and which source line each character came from (so that problems name a line).
 * Positions are positions in the unescaped text, so {@link #text()} and the search methods agree, and a
 * slice of the text can be searched again without escaping anything twice.
 *
 * <p>Escapes are those of Moodle: {@code \~ \= \# \{ \} \: \\} stand for the character, {@code \n} for a
 * line break. A backslash before anything else is an ordinary backslash, as in Moodle.
 */
final class MarkedText {

    private static final String ESCAPABLE = "~=#{}:\\";

    private final String chars;
    private final boolean[] escaped;
    private final int[] lines;
    // An empty slice has no character to ask for its line, so it keeps the line it was cut at.
    private final int emptyLine;

    private MarkedText(String chars, boolean[] escaped, int[] lines, int emptyLine) {
        this.chars = chars;
        this.escaped = escaped;
        this.lines = lines;
        this.emptyLine = emptyLine;
    }

    /** The lines joined by line breaks, escapes resolved. */
    static MarkedText of(List<SourceLine> source) {
        int capacity = source.stream().mapToInt(line -> line.text().length() + 1).sum();
        StringBuilder chars = new StringBuilder(capacity);
        boolean[] escaped = new boolean[capacity];
        int[] lines = new int[capacity];
        for (int n = 0; n < source.size(); n++) {
            SourceLine line = source.get(n);
            if (n > 0) {
                lines[chars.length()] = source.get(n - 1).number();
                chars.append('\n');
            }
            String text = line.text();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
                boolean escape = c == '\\' && (next == 'n' || (next != 0 && ESCAPABLE.indexOf(next) >= 0));
                lines[chars.length()] = line.number();
                escaped[chars.length()] = escape;
                if (escape) {
                    chars.append(next == 'n' ? '\n' : next);
                    i++;
                } else {
                    chars.append(c);
                }
            }
        }
        int length = chars.length();
        int first = source.isEmpty() ? 0 : source.get(0).number();
        return new MarkedText(chars.toString(), Arrays.copyOf(escaped, length), Arrays.copyOf(lines, length), first);
    }

    int length() {
        return chars.length();
    }

    boolean isEmpty() {
        return chars.isEmpty();
    }

    /** The unescaped text. */
    String text() {
        return chars;
    }

    /** Whether position i holds c written as markup, not escaped. */
    boolean isMarkup(int i, char c) {
        return chars.charAt(i) == c && !escaped[i];
    }

    /** The first position from {@code from} on holding c as markup, or -1. */
    int indexOf(char c, int from) {
        for (int i = Math.max(from, 0); i < chars.length(); i++) {
            if (isMarkup(i, c)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the characters of sequence stand at position at, all as markup. */
    boolean matchesAt(int at, String sequence) {
        if (at < 0 || at + sequence.length() > chars.length()) {
            return false;
        }
        for (int i = 0; i < sequence.length(); i++) {
            if (!isMarkup(at + i, sequence.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    boolean startsWith(String sequence) {
        return matchesAt(0, sequence);
    }

    int indexOf(String sequence, int from) {
        for (int i = Math.max(from, 0); i + sequence.length() <= chars.length(); i++) {
            if (matchesAt(i, sequence)) {
                return i;
            }
        }
        return -1;
    }

    int lastIndexOf(String sequence) {
        for (int i = chars.length() - sequence.length(); i >= 0; i--) {
            if (matchesAt(i, sequence)) {
                return i;
            }
        }
        return -1;
    }

    MarkedText slice(int from, int to) {
        return new MarkedText(chars.substring(from, to), Arrays.copyOfRange(escaped, from, to),
                Arrays.copyOfRange(lines, from, to), lineAt(from));
    }

    MarkedText slice(int from) {
        return slice(from, chars.length());
    }

    /** Without white space at either end, escaped line breaks included (Moodle trims after unescaping). */
    MarkedText trim() {
        int start = 0;
        int end = chars.length();
        while (start < end && Character.isWhitespace(chars.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(chars.charAt(end - 1))) {
            end--;
        }
        return slice(start, end);
    }

    /** The source line of position i; past the end, the line of the last character. */
    int lineAt(int i) {
        if (lines.length == 0) {
            return emptyLine;
        }
        return lines[Math.min(Math.max(i, 0), lines.length - 1)];
    }

    /** The source line where this text begins. */
    int line() {
        return lineAt(0);
    }
}
