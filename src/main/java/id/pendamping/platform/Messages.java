package id.pendamping.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Text for people from the bundles i18n/messages (Bahasa Indonesia default, English second). */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private Messages() {
    }

    /** The locale of a language code kept on an account; Indonesian when none. */
    public static Locale locale(String languageCode) {
        return languageCode == null || languageCode.isBlank() ? INDONESIAN : Locale.forLanguageTag(languageCode);
    }

    /** A day written out in the language, e.g. "1 Maret 2027" or "March 1, 2027". */
    public static String longDate(Locale locale, java.time.LocalDate day) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(locale).format(day);
    }

    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? INDONESIAN : locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }
}
