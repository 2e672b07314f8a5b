package id.pendamping.assessment.gift;

import java.util.ArrayList;
import java.util.List;

/**
 * One answer of an answer block: the marker that starts it ({@code =} or {@code ~}) and what follows up to
 * the next marker, trimmed.
 *
 * @param marker the marker, or {@link #NONE} for text before the first marker
 * @param text   what follows the marker
 * @param line   the line of the marker (or of the text when there is no marker)
 */
record Piece(char marker, MarkedText text, int line) {

    static final char NONE = 0;

    /**
     * The answers of body, cut before every markup character among markers. Text before the first marker
     * comes first with marker NONE, when it is not blank.
     */
    static List<Piece> split(MarkedText body, String markers) {
        List<Piece> pieces = new ArrayList<>();
        int start = 0;
        char marker = NONE;
        for (int i = 0; i <= body.length(); i++) {
            boolean cut = i == body.length() || (markers.indexOf(body.text().charAt(i)) >= 0
                    && body.isMarkup(i, body.text().charAt(i)));
            if (!cut) {
                continue;
            }
            MarkedText text = body.slice(start, i).trim();
            if (marker != NONE || !text.isEmpty()) {
                int line = marker == NONE ? text.line() : body.lineAt(start - 1);
                pieces.add(new Piece(marker, text, line));
            }
            if (i < body.length()) {
                marker = body.text().charAt(i);
                start = i + 1;
            }
        }
        return pieces;
    }

    /** The part before the feedback separator {@code #}. */
    MarkedText beforeFeedback() {
        int hash = text.indexOf('#', 0);
        return hash < 0 ? text : text.slice(0, hash);
    }

    /** The feedback after the first {@code #}, or null when there is none or it is blank. */
    String feedback() {
        int hash = text.indexOf('#', 0);
        return hash < 0 ? null : blankToNull(text.slice(hash + 1).text());
    }

    static String blankToNull(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
