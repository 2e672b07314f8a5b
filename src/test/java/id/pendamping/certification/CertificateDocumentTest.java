package id.pendamping.certification;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.certification.domain.PrintedCertificate;
import id.pendamping.certification.infrastructure.CertificateDocuments;
import id.pendamping.certification.infrastructure.PadesSigner;
import id.pendamping.certification.infrastructure.SigningKey;
import id.pendamping.certification.infrastructure.SigningKeys;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
        signed = new CertificateDocuments().signed(PRINTED, key,
                new PadesSigner.Signer("Balai Uji", "Jakarta", "Sertifikat pelatihan"), Instant.parse("2026-11-22T03:00:00Z"));
    }

    @Test
    void signedCertificateConformsToPdfA2b() {
        PdfChecks.Conformance conformance = PdfChecks.pdfa(signed);
        assertThat(conformance.flavour()).contains("2");
        assertThat(conformance.compliant()).as(conformance.failures()).isTrue();
    }

    @Test
    void everyFieldIsPrintedInBothLanguagesWithEmbeddedFonts() throws Exception {
        try (PDDocument doc = Loader.loadPDF(signed)) {
            String text = PdfChecks.text(signed);
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
    void namesBeyondLatinAndLigatureLettersArePrintedAsWritten() throws Exception {
        for (String name : List.of("Ffion Affandi Fliegel", "Νίκος Ђорђевић", "Siti Nur'aini Ünal-Çelik")) {
            byte[] pdf = new CertificateDocuments().signed(SampleCertificates.training(name), key,
                    new PadesSigner.Signer("Balai Uji", "Jakarta", "Sertifikat pelatihan"), Instant.now());
            assertThat(PdfChecks.text(pdf)).contains(name);
            assertThat(PdfChecks.pdfa(pdf).compliant()).as(name).isTrue();
        }
    }

    @Test
    void qrCodeLeadsToTheVerificationPage() throws Exception {
        assertThat(PdfChecks.qrCode(signed)).isEqualTo(PRINTED.verificationUrl());
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
    void aStandardPdfToolValidatesTheSignature() throws Exception {
        String report = Pdfsig.report(signed);
        assertThat(report).contains("Signature #1", "ETSI.CAdES.detached", "Signature is Valid");
    }

    @Test
    void oneChangedByteBreaksTheSignature() {
        byte[] changed = signed.clone();
        int inFirstPage = 2000;
        changed[inFirstPage] = (byte) (changed[inFirstPage] ^ 0x01);
        assertThat(SignatureCheck.of(changed).valid()).isFalse();
    }

    @Test
    void aCertificateOfCompetencePrintsItsBodysWordingUnitsAndExpiryAndConformsToo() throws Exception {
        PrintedCertificate competence = SampleCertificates.competence("Rahma Wulandari");
        byte[] pdf = new CertificateDocuments().signed(competence, key,
                new PadesSigner.Signer("LSP Pendamping Sosial (DEMO)", "Jakarta", "Sertifikat kompetensi"), Instant.now());
        PdfChecks.Conformance conformance = PdfChecks.pdfa(pdf);
        assertThat(conformance.compliant()).as(conformance.failures()).isTrue();
        assertThat(SignatureCheck.of(pdf).valid()).isTrue();
        String text = PdfChecks.text(pdf);
        assertThat(text).contains("SERTIFIKAT KOMPETENSI (CONTOH)", "Certificate of Competence (sample)",
                "yang telah dinyatakan kompeten pada skema", "Skema Sertifikasi Pendamping Sosial", "Rahma Wulandari",
                "Berlaku sampai 21 November 2029", "PDP.SOS.01.001.01", "Menerapkan Konsep dan Tujuan Pendampingan",
                "Kompeten (K)", "Unit Kompetensi", "Ketua LSP Demo", "NIK 3171014506900001");
        assertThat(text).doesNotContain("SERTIFIKAT PELATIHAN", "jam pelajaran", "Predikat");
        assertThat(PrintedCertificate.fromJson(competence.toJson())).isEqualTo(competence);
    }

    @Test
    void aCentresLogoWithTransparencyKeepsTheDocumentPdfA() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(60, 30, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int x = 0; x < 60; x++) {
            for (int y = 0; y < 30; y++) {
                image.setRGB(x, y, (x + y) % 2 == 0 ? 0xff005c66 : 0x40ffffff);
            }
        }
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        byte[] pdf = new CertificateDocuments().signed(PRINTED,
                new id.pendamping.certification.domain.CertificateLogo("image/png", png.toByteArray()), key,
                new PadesSigner.Signer("Balai Uji", "Jakarta", "Sertifikat pelatihan"), Instant.now());
        PdfChecks.Conformance conformance = PdfChecks.pdfa(pdf);
        assertThat(conformance.compliant()).as(conformance.failures()).isTrue();
        assertThat(SignatureCheck.of(pdf).valid()).isTrue();
    }

    @Test
    void theIdentityNumberIsMaskedForThePublic() {
        PrintedCertificate competence = SampleCertificates.competence("Rahma Wulandari");
        assertThat(competence.forPublic().holderIdentityNumber()).isEqualTo("************0001");
        assertThat(competence.forPublic().holderName()).isEqualTo("Rahma Wulandari");
        assertThat(PRINTED.forPublic()).isEqualTo(PRINTED);
    }
}
