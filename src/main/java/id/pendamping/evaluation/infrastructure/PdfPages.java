package id.pendamping.evaluation.infrastructure;

import id.pendamping.certification.infrastructure.CertificateFonts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A plain A4 report flowing from top to bottom: headings, paragraphs and tables whose rows wrap
 * their text and break onto a new page with the header row repeated. Printed with the
 * certificates' font (DejaVu Sans), bold drawn by stroking it as on certificates.
 */
final class PdfPages implements AutoCloseable {

    static final float MARGIN = 42;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
    private static final float BOTTOM = MARGIN + 14;
    private static final float[] INK = {0.11f, 0.16f, 0.22f};
    private static final float[] MUTED = {0.35f, 0.38f, 0.42f};
    private static final float[] RULE = {0.80f, 0.82f, 0.85f};
    private static final float PADDING = 3;

    private final PDDocument doc = new PDDocument();
    private final PDFont font;
    private final CmapLookup characters;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private PDPageContentStream page;
    private float y;

    /** A column of a table: its share of the width and whether its cells align right (numbers). */
    record Column(float width, boolean right) {
    }

    /** @param texts every varying text of the document, so the font chosen covers them */
    PdfPages(List<String> texts) {
        try {
            TrueTypeFont ttf = CertificateFonts.forTexts(texts).regular();
            characters = ttf.getUnicodeCmapLookup();
            font = PDType0Font.load(doc, ttf, true);
            newPage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void title(String text) {
        paragraph(text, 16, true, INK);
        y -= 4;
    }

    void heading(String text) {
        y -= 10;
        room(40);
        paragraph(text, 12, true, INK);
        y -= 2;
    }

    void text(String text) {
        paragraph(text, 9.5f, false, INK);
    }

    void note(String text) {
        paragraph(text, 8.5f, false, MUTED);
    }

    /** A table with a header row, repeated at the top of every page the rows run onto. */
    void table(List<Column> columns, List<String> header, List<List<String>> rows) {
        float total = (float) columns.stream().mapToDouble(Column::width).sum();
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = WIDTH * columns.get(i).width() / total;
        }
        row(columns, widths, header, true);
        for (List<String> cells : rows) {
            if (!fits(widths, cells)) {
                newPage();
                row(columns, widths, header, true);
            }
            row(columns, widths, cells, false);
        }
        y -= 6;
    }

    byte[] bytes() {
        try {
            page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean fits(float[] widths, List<String> cells) {
        return y - height(widths, cells, 8.5f) >= BOTTOM;
    }

    private float height(float[] widths, List<String> cells, float size) {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            lines = Math.max(lines, wrap(cells.get(i), size, widths[i] - 2 * PADDING).size());
        }
        return lines * size * 1.3f + 2 * PADDING;
    }

    private void row(List<Column> columns, float[] widths, List<String> cells, boolean header) {
        // Headers a size smaller, so that a narrow column of numbers keeps its heading's words whole.
        float size = header ? 7.5f : 8.5f;
        float height = height(widths, cells, size);
        room(height);
        try {
            float x = MARGIN;
            for (int i = 0; i < cells.size(); i++) {
                float lineY = y - PADDING - size;
                for (String line : wrap(cells.get(i), size, widths[i] - 2 * PADDING)) {
                    float left = columns.get(i).right() ? x + widths[i] - PADDING - width(line, size) : x + PADDING;
                    draw(line, left, lineY, size, header, INK);
                    lineY -= size * 1.3f;
                }
                x += widths[i];
            }
            page.setStrokingColor(RULE[0], RULE[1], RULE[2]);
            page.setLineWidth(header ? 0.9f : 0.4f);
            page.moveTo(MARGIN, y - height);
            page.lineTo(MARGIN + WIDTH, y - height);
            page.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= height;
    }

    private void paragraph(String text, float size, boolean bold, float[] colour) {
        for (String line : wrap(text, size, WIDTH)) {
            room(size * 1.4f);
            draw(line, MARGIN, y - size, size, bold, colour);
            y -= size * 1.4f;
        }
    }

    private void room(float height) {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (page != null) {
                page.close();
            }
            PDPage next = new PDPage(PDRectangle.A4);
            doc.addPage(next);
            page = new PDPageContentStream(doc, next);
            y = TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void draw(String text, float x, float baseline, float size, boolean bold, float[] colour) {
        try {
            page.beginText();
            page.setFont(font, size);
            page.setNonStrokingColor(colour[0], colour[1], colour[2]);
            if (bold) {
                page.setStrokingColor(colour[0], colour[1], colour[2]);
                page.setLineWidth(size * 0.035f);
                page.setRenderingMode(RenderingMode.FILL_STROKE);
            } else {
                page.setRenderingMode(RenderingMode.FILL);
            }
            page.newLineAtOffset(x, baseline);
            page.showText(text);
            page.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text cut into lines no wider than the width: at spaces where it can, inside a word where it must. */
    List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (width(word, size) > width && word.length() > 1) {
                    int cut = word.length() - 1;
                    while (cut > 1 && width(word.substring(0, cut), size) > width) {
                        cut--;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private float width(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with tabs and carriage returns as spaces and any character the font lacks (a Chinese character) as "?". */
    private String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        text.replace("\r\n", "\n").codePoints().forEach(c -> {
            if (c == '\n') {
                out.append('\n');
            } else if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                out.append(' ');
            } else if (printable.computeIfAbsent(c, this::hasGlyph)) {
                out.appendCodePoint(c);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        return characters.getGlyphId(codePoint) != 0;
    }
}
