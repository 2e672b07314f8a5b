package id.pendamping.certification.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts printed on certificates (DejaVu, shipped in the WAR so every server prints the same).
 * Parsing a TrueType font costs about three quarters of rendering a certificate, so each thread
 * parses them once and keeps them; a parsed font is not safe to share between threads.
 */
final class CertificateFonts {

    private static final byte[] REGULAR = read("DejaVuSans.ttf");
    private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");
    private static final byte[] SERIF_BOLD = read("DejaVuSerif-Bold.ttf");

    private static final ThreadLocal<CertificateFonts> PER_THREAD = ThreadLocal.withInitial(CertificateFonts::new);

    final TrueTypeFont regular;
    final TrueTypeFont bold;
    final TrueTypeFont serifBold;

    private CertificateFonts() {
        regular = parse(REGULAR);
        bold = parse(BOLD);
        serifBold = parse(SERIF_BOLD);
    }

    static CertificateFonts forThisThread() {
        return PER_THREAD.get();
    }

    private static TrueTypeFont parse(byte[] bytes) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String name) {
        try (InputStream in = CertificateFonts.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the application: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
