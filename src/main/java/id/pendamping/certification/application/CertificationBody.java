package id.pendamping.certification.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The operator as a certification body (LSP), when it is one: a certificate of competence is issued
 * only then, and everything it prints about the body (name, title, statement, signatory, number
 * format) comes from the file named by {@code -Dpendamping.certification-body} (a path, or
 * {@code classpath:} for the bundled demo), never from the code. Without it, decisions are recorded
 * and no certificate of competence is printed.
 */
@ApplicationScoped
public class CertificationBody {

    public static final String PROPERTY = "pendamping.certification-body";
    private static final Logger LOG = Logger.getLogger(CertificationBody.class.getName());
    private static final List<String> REQUIRED = List.of("code", "name", "title.id", "title.en", "statement.id",
            "statement.en", "signatory.name", "signatory.title.id", "signatory.title.en", "number.format");

    /** The body's details as printed on its certificates. */
    public record Details(String code, String name, String city, String titleId, String titleEn, String statementId,
                          String statementEn, String signatoryName, String signatoryTitleId, String signatoryTitleEn,
                          String numberFormat) {
    }

    private Details details;

    @PostConstruct
    void load() {
        String location = System.getProperty(PROPERTY);
        if (location == null || location.isBlank()) {
            LOG.info("No certification body configured (" + PROPERTY + "): no certificate of competence will be issued");
            return;
        }
        Properties p = new Properties();
        try (InputStream in = open(location); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException | RuntimeException e) {
            LOG.severe("Certification body file " + location + " cannot be read (" + e + "): no certificate of competence "
                    + "will be issued");
            return;
        }
        List<String> missing = REQUIRED.stream().filter(k -> p.getProperty(k, "").isBlank()).toList();
        if (!missing.isEmpty()) {
            LOG.severe("Certification body file " + location + " lacks " + missing + ": no certificate of competence "
                    + "will be issued");
            return;
        }
        details = new Details(p.getProperty("code").strip(), p.getProperty("name").strip(),
                Optional.ofNullable(p.getProperty("city")).map(String::strip).filter(c -> !c.isEmpty()).orElse(null),
                p.getProperty("title.id").strip(), p.getProperty("title.en").strip(), p.getProperty("statement.id").strip(),
                p.getProperty("statement.en").strip(), p.getProperty("signatory.name").strip(),
                p.getProperty("signatory.title.id").strip(), p.getProperty("signatory.title.en").strip(),
                p.getProperty("number.format").strip());
        LOG.info("Certification body: " + details.name());
    }

    public Optional<Details> details() {
        return Optional.ofNullable(details);
    }

    private static InputStream open(String location) throws IOException {
        if (location.startsWith("classpath:")) {
            InputStream in = CertificationBody.class.getClassLoader().getResourceAsStream(location.substring("classpath:".length()));
            if (in == null) {
                throw new IOException("no such resource");
            }
            return in;
        }
        return Files.newInputStream(Path.of(location));
    }
}
