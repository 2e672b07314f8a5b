package id.pendamping.certification;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import id.pendamping.certification.domain.PrintedCertificate;
import id.pendamping.certification.infrastructure.CertificateRenderer;
import id.pendamping.certification.infrastructure.PadesSigner;
import id.pendamping.certification.infrastructure.SigningKey;
import id.pendamping.certification.infrastructure.SigningKeys;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The certificate as a document: PDF/A-2b by veraPDF's validator, every printed field present in
 * both languages, the QR code readable and leading to the verification page, the PAdES signature
 * valid over the whole file and broken by a single changed byte.
 */
class CertificateDocumentTest {

    private static SigningKey key;
    private static byte[] signed;
    private static final PrintedCertificate PRINTED = SampleCertificates.training("Rina Kartika Sari");

    @BeforeAll
    static void issue() throws Exception {
        key = SigningKeys.demoKey("CN=Balai Uji, O=Akademi Pendamping, C=ID");
        byte[] pdf = new CertificateRenderer().render(PRINTED);
        signed = new PadesSigner().sign(pdf, key, new PadesSigner.Signer("Balai Uji", "Jakarta", "Sertifikat pelatihan"),
                Instant.parse("2026-11-22T03:00:00Z"));
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void signedCertificateConformsToPdfA2b() throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(signed));
             PDFAValidator validator = Foundries.defaultInstance().createValidator(parser.getFlavour(), false)) {
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().collect(Collectors.joining("\n"));
            assertThat(parser.getFlavour().toString()).contains("2");
            assertThat(result.isCompliant()).as(failures).isTrue();
        }
    }

    @Test
    void everyFieldIsPrintedInBothLanguagesWithEmbeddedFonts() throws Exception {
        try (PDDocument doc = Loader.loadPDF(signed)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("SERTIFIKAT PELATIHAN", "Training Certificate", "0007/BBPPKS-JKT/PLT/XI/2026",
                    "Rina Kartika Sari", "Pelatihan Dasar Pendampingan", "Basic Mentoring Training",
                    "1 Oktober 2026 s.d. 20 November 2026 di Jakarta", "32,5 JP", "Predikat: Memuaskan", "Very good",
                    "Dra. Siti Rahmawati, M.Si.", "Kepala Balai Besar", "Head of the Training Centre",
                    "Konsep Pendampingan", "The concept of mentoring", "Daftar Modul", "Modules");
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }

    @Test
    void qrCodeLeadsToTheVerificationPage() throws Exception {
        try (PDDocument doc = Loader.loadPDF(signed)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            String url = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(page)))).getText();
            assertThat(url).isEqualTo(PRINTED.verificationUrl());
        }
    }

    @Test
    void signatureCoversTheWholeFileAndValidates() {
        SignatureCheck check = SignatureCheck.of(signed);
        assertThat(check.coversWholeFile()).as(check.toString()).isTrue();
        assertThat(check.valid()).as(check.toString()).isTrue();
        assertThat(check.subFilter()).isEqualTo("ETSI.CAdES.detached");
        assertThat(check.signer()).isEqualTo(key.certificate().getSubjectX500Principal().getName());
    }

    @Test
    void oneChangedByteBreaksTheSignature() {
        byte[] changed = signed.clone();
        int inFirstPage = 2000;
        changed[inFirstPage] = (byte) (changed[inFirstPage] ^ 0x01);
        assertThat(SignatureCheck.of(changed).valid()).isFalse();
    }
}
