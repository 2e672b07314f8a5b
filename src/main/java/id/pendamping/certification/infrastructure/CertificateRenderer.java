package id.pendamping.certification.infrastructure;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import id.pendamping.certification.domain.CertificateKind;
import id.pendamping.certification.domain.CertificateLogo;
import id.pendamping.certification.domain.PrintedCertificate;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Draws a certificate as PDF/A-2b: A4 landscape, Bahasa Indonesia with English beneath, fonts
 * embedded as subsets, an sRGB output intent and XMP metadata that match the document information.
 * The QR code is drawn as vector squares (no image, nothing to compress or colour-manage). A second
 * page lists the modules with their hours, or the units with their verdicts.
 */
public final class CertificateRenderer {

    private static final String PRODUCER = "Akademi Pendamping";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final DateTimeFormatter DATE_ID = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final float[] INK = {0.11f, 0.16f, 0.22f};
    private static final float[] ACCENT = {0.0f, 0.36f, 0.40f};
    private static final float[] MUTED = {0.35f, 0.38f, 0.42f};

    private static final float WIDTH = PDRectangle.A4.getHeight();
    private static final float HEIGHT = PDRectangle.A4.getWidth();

    /** Draws the certificate into a new, empty document, which the caller saves (or signs and saves). */
    public void draw(PrintedCertificate c, PDDocument doc) {
        draw(c, null, doc);
    }

    /** The same, with the issuing centre's logo at the top left when it has one. */
    public void draw(PrintedCertificate c, CertificateLogo logo, PDDocument doc) {
        CertificateFonts fonts = CertificateFonts.forTexts(texts(c));
        try {
            // One embedded font: bold is the same glyphs filled and stroked. Each embedded font costs
            // about a fifth of a certificate's rendering, and a cohort is issued at once.
            PDFont font = PDType0Font.load(doc, fonts.regular, true);
            Face regular = new Face(font, false);
            Face bold = new Face(font, true);
            Face serif = bold;
            Calendar created = calendar(c.issuedOn());
            describe(doc, c, created);
            PDPage front = new PDPage(new PDRectangle(WIDTH, HEIGHT));
            doc.addPage(front);
            try (PDPageContentStream s = new PDPageContentStream(doc, front)) {
                drawFront(s, c, regular, bold, serif);
                if (logo != null) {
                    logo(s, doc, logo);
                }
            }
            PDPage back = new PDPage(new PDRectangle(WIDTH, HEIGHT));
            doc.addPage(back);
            try (PDPageContentStream s = new PDPageContentStream(doc, back)) {
                drawLines(s, c, regular, bold);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The logo, scaled to fit 70 points square inside the frame, keeping its proportions. */
    private static void logo(PDPageContentStream s, PDDocument doc, CertificateLogo logo) throws IOException {
        PDImageXObject image = "image/jpeg".equals(logo.mediaType())
                ? JPEGFactory.createFromByteArray(doc, logo.image())
                : LosslessFactory.createFromImage(doc, ImageIO.read(new ByteArrayInputStream(logo.image())));
        float box = 70;
        float scale = Math.min(box / image.getWidth(), box / image.getHeight());
        float w = image.getWidth() * scale;
        float h = image.getHeight() * scale;
        s.drawImage(image, 44, HEIGHT - 44 - h, w, h);
    }

    /** A font and whether it is drawn bold. */
    private record Face(PDFont font, boolean bold) {
    }

    /** The texts of a certificate that vary, for the choice of fonts. */
    private static List<String> texts(PrintedCertificate c) {
        List<String> texts = new ArrayList<>(List.of(c.institution(), c.number(), c.holderName(), c.subjectId(),
                c.subjectEn(), c.signatoryName(), c.signatoryTitleId(), c.signatoryTitleEn(), c.verificationUrl()));
        Collections.addAll(texts, c.city(), c.place(), c.bandId(), c.bandEn());
        if (c.wording() != null) {
            Collections.addAll(texts, c.wording().titleId(), c.wording().titleEn(), c.wording().statementId(),
                    c.wording().statementEn());
        }
        for (PrintedCertificate.Line line : c.lines()) {
            Collections.addAll(texts, line.code(), line.titleId(), line.titleEn(), line.value());
        }
        return texts;
    }

    private static void drawFront(PDPageContentStream s, PrintedCertificate c, Face regular, Face bold, Face serif)
            throws IOException {
        frame(s);
        float y = HEIGHT - 70;
        centred(s, c.institution().toUpperCase(Locale.forLanguageTag("id")), bold, 14, y, INK);
        if (c.city() != null) {
            centred(s, c.city(), regular, 10, y - 16, MUTED);
        }
        PrintedCertificate.Wording wording = wording(c);
        centred(s, wording.titleId(), serif, fit(serif, wording.titleId(), 30, WIDTH - 120), y - 70, ACCENT);
        centred(s, wording.titleEn(), regular, 13, y - 90, MUTED);
        centred(s, "Nomor / Number: " + c.number(), regular, 11, y - 112, INK);

        centred(s, "Diberikan kepada", regular, 12, y - 148, INK);
        centred(s, "Awarded to", regular, 9, y - 161, MUTED);
        centred(s, c.holderName(), serif, fit(serif, c.holderName(), 26, WIDTH - 160), y - 194, INK);
        if (c.holderIdentityNumber() != null) {
            centred(s, "NIK " + c.holderIdentityNumber(), regular, 9, y - 207, MUTED);
        }

        centred(s, wording.statementId(), regular, 12, y - 222, INK);
        centred(s, wording.statementEn(), regular, 9, y - 235, MUTED);
        centred(s, c.subjectId(), bold, fit(bold, c.subjectId(), 16, WIDTH - 160), y - 258, INK);
        centred(s, c.subjectEn(), regular, fit(regular, c.subjectEn(), 11, WIDTH - 160), y - 273, MUTED);

        if (c.periodFrom() != null && c.periodTo() != null) {
            String placeId = c.place() == null ? "" : " di " + c.place();
            String placeEn = c.place() == null ? "" : " in " + c.place();
            String hours = c.jp() == null ? "" : " · " + PrintedCertificate.jp(c.jp()) + " JP";
            centred(s, DATE_ID.format(c.periodFrom()) + " s.d. " + DATE_ID.format(c.periodTo()) + placeId + hours,
                    regular, 11, y - 298, INK);
            centred(s, DATE_EN.format(c.periodFrom()) + " to " + DATE_EN.format(c.periodTo()) + placeEn
                    + (c.jp() == null ? "" : " · " + PrintedCertificate.jp(c.jp()) + " training hours"), regular, 9, y - 311, MUTED);
        }
        if (c.bandId() != null) {
            String score = c.score() == null ? "" : " (" + c.score().stripTrailingZeros().toPlainString() + ")";
            centred(s, "Predikat: " + c.bandId() + score, bold, 12, y - 336, INK);
            centred(s, "Result: " + c.bandEn(), regular, 9, y - 349, MUTED);
        }
        if (c.expiresOn() != null) {
            centred(s, "Berlaku sampai " + DATE_ID.format(c.expiresOn()) + " / Valid until "
                    + DATE_EN.format(c.expiresOn()), regular, 10, y - 366, INK);
        }

        qr(s, c.verificationUrl(), 60, 62, 96);
        text(s, "Pindai untuk memeriksa keaslian / Scan to verify", regular, 7, 60, 50, MUTED);
        text(s, c.verificationUrl(), regular, fit(regular, c.verificationUrl(), 7, 300), 60, 40, MUTED);

        float x = WIDTH - 290;
        String where = c.city() == null ? "" : c.city() + ", ";
        text(s, where + DATE_ID.format(c.issuedOn()), regular, 11, x, 170, INK);
        text(s, "Issued on " + DATE_EN.format(c.issuedOn()), regular, 8, x, 158, MUTED);
        text(s, c.signatoryTitleId(), bold, fit(bold, c.signatoryTitleId(), 11, 240), x, 140, INK);
        text(s, c.signatoryTitleEn(), regular, fit(regular, c.signatoryTitleEn(), 8, 240), x, 128, MUTED);
        text(s, "Ditandatangani secara elektronik / Digitally signed", regular, 7, x, 100, ACCENT);
        text(s, c.signatoryName(), bold, fit(bold, c.signatoryName(), 12, 240), x, 70, INK);
        s.setStrokingColor(INK[0], INK[1], INK[2]);
        s.setLineWidth(0.6f);
        s.moveTo(x, 66);
        s.lineTo(x + 220, 66);
        s.stroke();
    }

    /** A training certificate's wording is the platform's; a certificate of competence carries its body's. */
    private static PrintedCertificate.Wording wording(PrintedCertificate c) {
        if (c.wording() != null) {
            return c.wording();
        }
        if (c.kind() != CertificateKind.TRAINING) {
            throw new IllegalArgumentException("a certificate of competence prints its certification body's wording");
        }
        return new PrintedCertificate.Wording("SERTIFIKAT PELATIHAN", "Training Certificate",
                "yang telah menyelesaikan pelatihan", "who has completed the training programme");
    }

    private static void drawLines(PDPageContentStream s, PrintedCertificate c, Face regular, Face bold)
            throws IOException {
        frame(s);
        boolean training = c.kind() == CertificateKind.TRAINING;
        float left = 80;
        float y = HEIGHT - 80;
        text(s, training ? "Daftar Modul" : "Unit Kompetensi", bold, 16, left, y, ACCENT);
        text(s, training ? "Modules" : "Units of competence", regular, 10, left, y - 14, MUTED);
        text(s, c.holderName() + " · " + c.number(), regular, 9, left, y - 30, INK);
        y -= 60;
        String valueHeading = training ? "JP" : "Hasil / Verdict";
        text(s, "No.", bold, 9, left, y, INK);
        text(s, "Kode / Code", bold, 9, left + 30, y, INK);
        text(s, "Judul / Title", bold, 9, left + 150, y, INK);
        text(s, valueHeading, bold, 9, WIDTH - 180, y, INK);
        s.setStrokingColor(MUTED[0], MUTED[1], MUTED[2]);
        s.setLineWidth(0.4f);
        s.moveTo(left, y - 5);
        s.lineTo(WIDTH - 80, y - 5);
        s.stroke();
        y -= 20;
        int n = 1;
        float titleWidth = WIDTH - 180 - (left + 150) - 10;
        for (PrintedCertificate.Line line : c.lines()) {
            text(s, n++ + ".", regular, 9, left, y, INK);
            text(s, line.code(), regular, fit(regular, line.code(), 9, 115), left + 30, y, INK);
            text(s, line.titleId(), regular, fit(regular, line.titleId(), 9, titleWidth), left + 150, y, INK);
            text(s, line.titleEn(), regular, fit(regular, line.titleEn(), 7, titleWidth), left + 150, y - 10, MUTED);
            text(s, line.value(), regular, 9, WIDTH - 180, y, INK);
            y -= 28;
        }
        if (training && c.jp() != null) {
            s.moveTo(left, y + 12);
            s.lineTo(WIDTH - 80, y + 12);
            s.stroke();
            text(s, "Jumlah / Total", bold, 9, left + 150, y - 2, INK);
            text(s, PrintedCertificate.jp(c.jp()), bold, 9, WIDTH - 180, y - 2, INK);
        }
        if (training) {
            text(s, "1 JP (jam pelajaran) = 45 menit / 1 JP (training hour) = 45 minutes", regular, 7, left, 50, MUTED);
        }
    }

    private static void frame(PDPageContentStream s) throws IOException {
        s.setStrokingColor(ACCENT[0], ACCENT[1], ACCENT[2]);
        s.setLineWidth(3f);
        s.addRect(20, 20, WIDTH - 40, HEIGHT - 40);
        s.stroke();
        s.setLineWidth(0.8f);
        s.addRect(28, 28, WIDTH - 56, HEIGHT - 56);
        s.stroke();
    }

    private static void qr(PDPageContentStream s, String url, float x, float y, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(url, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0,
                    // A fixed mask: choosing the best of eight costs a tenth of the rendering and a
                    // phone reads any of them at this size.
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.QR_MASK_PATTERN, 2));
        } catch (WriterException e) {
            throw new IllegalStateException("QR code for " + url, e);
        }
        float module = size / matrix.getWidth();
        s.setNonStrokingColor(0f, 0f, 0f);
        // One rectangle per run of dark modules in a row: a third of the drawing operations.
        for (int row = 0; row < matrix.getHeight(); row++) {
            int col = 0;
            while (col < matrix.getWidth()) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int end = col;
                while (end < matrix.getWidth() && matrix.get(end, row)) {
                    end++;
                }
                s.addRect(x + col * module, y + size - (row + 1) * module, (end - col) * module, module);
                col = end;
            }
        }
        s.fill();
    }

    private static void centred(PDPageContentStream s, String text, Face face, float size, float y, float[] colour)
            throws IOException {
        float width = face.font().getStringWidth(text) / 1000 * size;
        text(s, text, face, size, (WIDTH - width) / 2, y, colour);
    }

    private static void text(PDPageContentStream s, String text, Face face, float size, float x, float y, float[] colour)
            throws IOException {
        if (face.bold()) {
            // The stroke's width and colour stay with this text: the lines drawn later keep theirs.
            s.saveGraphicsState();
            s.setStrokingColor(colour[0], colour[1], colour[2]);
            s.setLineWidth(size * 0.04f);
        }
        s.beginText();
        s.setNonStrokingColor(colour[0], colour[1], colour[2]);
        if (face.bold()) {
            s.setRenderingMode(RenderingMode.FILL_STROKE);
        }
        s.setFont(face.font(), size);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
        if (face.bold()) {
            s.restoreGraphicsState();
        }
    }

    /** The largest size up to {@code size} at which the text fits the width: long names shrink, never overflow. */
    private static float fit(Face face, String text, float size, float width) throws IOException {
        float natural = face.font().getStringWidth(text) / 1000 * size;
        return natural <= width ? size : Math.max(5f, size * width / natural);
    }

    /** Document information and XMP say the same things, as PDF/A requires; identified as PDF/A-2b. */
    private static void describe(PDDocument doc, PrintedCertificate c, Calendar created) throws IOException {
        String title = wording(c).titleId() + " " + c.number();
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(c.institution());
        info.setProducer(PRODUCER);
        info.setCreationDate(created);
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(title);
        dc.addCreator(c.institution());
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreateDate(created);
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        try {
            id.setPart(2);
            id.setConformance("B");
        } catch (org.apache.xmpbox.type.BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, xml, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException(e);
        }
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xml.toByteArray());
        doc.getDocumentCatalog().setMetadata(metadata);
        doc.getDocumentCatalog().setLanguage("id-ID");
        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        doc.getDocumentCatalog().addOutputIntent(intent);
    }

    /** Midnight UTC of the issue date: the document's dates carry no time of day, so re-rendering the same fields gives the same dates. */
    private static Calendar calendar(LocalDate date) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
        return calendar;
    }
}
