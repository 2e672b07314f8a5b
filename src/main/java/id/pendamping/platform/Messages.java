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
