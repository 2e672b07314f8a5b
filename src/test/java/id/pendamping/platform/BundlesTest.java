package id.pendamping.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * People read Bahasa Indonesia first and English second: every key exists in both bundles, every
 * key a view uses exists, and no view holds literal text for people outside the bundles.
 */
class BundlesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern KEY_IN_VIEW = Pattern.compile("msg\\['([a-zA-Z0-9_.]+)'\\]|msg\\.([a-zA-Z0-9_]+)");
    /** Text between tags that reads like words: a letter followed by more letters and spaces. */
    private static final Pattern LITERAL_TEXT = Pattern.compile(">\\s*([\\p{L}][^<>#{}]*[\\p{L}])\\s*<");
    /** Names that are the same in every language: the languages' own names in the switch. */
    private static final Set<String> ALLOWED_LITERALS = Set.of("Bahasa Indonesia", "English");

    @Test
    void everyKeyExistsInBothLanguages() throws IOException {
        Set<String> indonesian = load("i18n/messages.properties").stringPropertyNames();
        Set<String> english = load("i18n/messages_en.properties").stringPropertyNames();
        assertThat(difference(indonesian, english)).as("keys missing in English").isEmpty();
        assertThat(difference(english, indonesian)).as("keys missing in Bahasa Indonesia").isEmpty();
    }

    @Test
    void noTranslationIsEmpty() throws IOException {
        for (String bundle : List.of("i18n/messages.properties", "i18n/messages_en.properties")) {
            Properties properties = load(bundle);
            assertThat(properties.stringPropertyNames().stream().filter(k -> properties.getProperty(k).isBlank()))
                    .as("empty texts in " + bundle).isEmpty();
        }
    }

    @Test
    void everyKeyUsedByAViewExists() throws IOException {
        Set<String> keys = load("i18n/messages.properties").stringPropertyNames();
        List<String> missing = new ArrayList<>();
        for (Path view : views()) {
            Matcher matcher = KEY_IN_VIEW.matcher(Files.readString(view));
            while (matcher.find()) {
                String key = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                if (!keys.contains(key)) {
                    missing.add(WEBAPP.relativize(view) + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void viewsHoldNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path view : views()) {
            String text = Files.readString(view).replaceAll("(?s)<!--.*?-->", "");
            Matcher matcher = LITERAL_TEXT.matcher(text);
            while (matcher.find()) {
                if (!ALLOWED_LITERALS.contains(matcher.group(1).strip())) {
                    literals.add(WEBAPP.relativize(view) + ": " + matcher.group(1).strip());
                }
            }
        }
        assertThat(literals).isEmpty();
    }

    private static List<Path> views() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(resource);
             Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
