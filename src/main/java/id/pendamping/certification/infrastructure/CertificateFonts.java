package id.pendamping.certification.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The font printed on certificates (DejaVu Sans, shipped in the WAR so every server prints the
 * same; bold is drawn by stroking it).
 *
 * <p>Embedding a font costs most of the rendering, and PDFBox's per-document subsetting walks
 * tables the size of the whole font (DejaVu has some 6,000 glyphs). So the fonts are cut once, at
 * start-up, to the Latin letters, digits and punctuation certificates use (about 700 glyphs), and
 * each document embeds its subset of that. A text with a character outside it (a name in another
 * script) is drawn with the full fonts instead. A parsed font is not safe to share between threads,
 * so each thread parses its own, once. Public so that other printed documents (the evaluation
 * context's cohort reports) print with the same font, loaded once.
 */
public final class CertificateFonts {

    private static final byte[] FULL = read("DejaVuSans.ttf");
    private static final Set<Integer> LATIN = latin();
    private static final byte[] REDUCED = reduce(FULL);

    private static final ThreadLocal<CertificateFonts> REDUCED_PER_THREAD =
            ThreadLocal.withInitial(() -> new CertificateFonts(REDUCED));
    private static final ThreadLocal<CertificateFonts> FULL_PER_THREAD =
            ThreadLocal.withInitial(() -> new CertificateFonts(FULL));

    final TrueTypeFont regular;

    private CertificateFonts(byte[] font) {
        regular = parse(font);
    }

    /** The parsed font of this thread, to embed with {@code PDType0Font.load(doc, font, true)}. */
    public TrueTypeFont regular() {
        return regular;
    }

    /** The fonts for a document whose texts are these: the reduced ones when they cover every character. */
    public static CertificateFonts forTexts(Iterable<String> texts) {
        for (String text : texts) {
            if (text != null && !text.codePoints().allMatch(LATIN::contains)) {
                return FULL_PER_THREAD.get();
            }
        }
        return REDUCED_PER_THREAD.get();
    }

    /** Basic Latin, Latin-1, Latin Extended-A and B, general punctuation, currency and a few symbols. */
    private static Set<Integer> latin() {
        Set<Integer> characters = new HashSet<>();
        addRange(characters, 0x20, 0x7E);
        addRange(characters, 0xA0, 0x24F);
        addRange(characters, 0x2000, 0x206F);
        addRange(characters, 0x20A0, 0x20CF);
        addRange(characters, 0x2190, 0x2193);
        return characters;
    }

    private static void addRange(Set<Integer> characters, int from, int to) {
        for (int c = from; c <= to; c++) {
            characters.add(c);
        }
    }

    private static byte[] reduce(byte[] font) {
        try {
            TrueTypeFont full = parse(font);
            // No GSUB: its substitutions name glyphs of the whole font, and a certificate needs no ligatures.
            TTFSubsetter subsetter = new TTFSubsetter(full, List.of("head", "hhea", "loca", "maxp", "cvt ", "prep",
                    "glyf", "hmtx", "fpgm", "gasp", "cmap", "name", "OS/2", "post"));
            subsetter.addAll(LATIN);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            full.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
