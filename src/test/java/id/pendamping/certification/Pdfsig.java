package id.pendamping.certification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Poppler's pdfsig (Debian's poppler-utils), a standard PDF tool independent of our libraries, asked
 * to validate a signed PDF. Without it the check is skipped with a message, except on CI (CI=true),
 * which installs it and requires it.
 */
public final class Pdfsig {

    private static final Path PDFSIG = Path.of("/usr/bin/pdfsig");

    private Pdfsig() {
    }

    /** pdfsig's report of the file's signatures. */
    public static String report(byte[] pdf) throws IOException, InterruptedException {
        if (!Files.isExecutable(PDFSIG)) {
            String why = "The signature check with a standard tool needs pdfsig (apt-get install poppler-utils)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(why + ": CI must run it");
            }
            Assumptions.abort(why + ": skipped");
        }
        Path file = Files.createTempFile("sertifikat", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder(PDFSIG.toString(), file.toString()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(30, TimeUnit.SECONDS);
            return output;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
