package id.pendamping.curriculum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A text for people in Bahasa Indonesia and English; Indonesian is the default. Stored as two
 * columns (entities name them, e.g. title_id and title_en). A list of texts is kept one per line.
 */
@Embeddable
public class LocalizedText implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "text_id")
    private String indonesian;

    @Column(name = "text_en")
    private String english;

    protected LocalizedText() {
    }

    public LocalizedText(String indonesian, String english) {
        this.indonesian = indonesian;
        this.english = english;
    }

    /** Several texts as one, a line each (a line break inside a text becomes a space). */
    public static LocalizedText lines(List<LocalizedText> texts) {
        return new LocalizedText(
                String.join("\n", texts.stream().map(t -> t.indonesian.replace('\n', ' ')).toList()),
                String.join("\n", texts.stream().map(t -> t.english.replace('\n', ' ')).toList()));
    }

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? english : indonesian;
    }

    /** The lines of a text made by {@link #lines(List)}. */
    public List<String> linesIn(Locale locale) {
        String text = in(locale);
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    public String getIndonesian() {
        return indonesian;
    }

    public String getEnglish() {
        return english;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText text && java.util.Objects.equals(indonesian, text.indonesian)
                && java.util.Objects.equals(english, text.english);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(indonesian, english);
    }
}
