package id.pendamping.certification.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.certification.PdfChecks;
import id.pendamping.certification.Pdfsig;
import id.pendamping.certification.SignatureCheck;
import id.pendamping.testing.BrowserTest;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Certificates of record in a real browser: a trainee who completed a programme claims and downloads
 * the certificate (a signed PDF/A whose QR code leads to its page); a visitor opens that page and
 * checks the file, and a file changed by one byte fails the check; a revocation proposed by the
 * coordinator and confirmed by an admin shows on the same page with its reason; a name correction
 * supersedes a certificate issued in bulk, and the old page points to its successor.
 *
 * <p>Completion (every lesson studied, post-test passed) is recorded through the test-support
 * endpoint; studying and quizzes have browser journeys of their own.
 */
class CertificateBrowserIT extends BrowserTest {

    private static final String PASSWORD = "Lulus-pelatihan-2026";
    private String trainee;
    private String cohort;
    private String fullName;

    @BeforeEach
    void traineeWhoCompletedTheProgramme() {
        fullName = "Wulan Tuntas " + (char) ('A' + (int) (System.nanoTime() % 26));
        trainee = registerTrainee(fullName, PASSWORD);
        signIn("koordinator", DEMO_PASSWORD);
        cohort = openCohort("Angkatan Sertifikat " + System.nanoTime());
        enrolOne(fullName, trainee);
        signOut();
        assertThat(postTestSupport("completion?username=" + trainee + "&postTest=88")).isEqualTo("1");
    }

    @Test
    void traineeDownloadsTheCertificateAndAVisitorVerifiesItUntilItIsRevoked() throws Exception {
        signIn(trainee, PASSWORD);
        element("#certificates-link").click();
        assertThat(element("#pending").getText()).contains("telah menyelesaikan program ini");
        element(".claim-button").click();
        assertThat(element("#messages").getText()).contains("telah terbit");
        String number = element(".certificate-number").getText();
        byte[] pdf = download(element(".download-link").getAttribute("href"));

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        PdfChecks.Conformance conformance = PdfChecks.pdfa(pdf);
        assertThat(conformance.compliant()).as(conformance.failures()).isTrue();
        SignatureCheck signature = SignatureCheck.of(pdf);
        assertThat(signature.valid()).isTrue();
        assertThat(signature.coversWholeFile()).isTrue();
        assertThat(Pdfsig.report(pdf)).contains("Signature is Valid");
        assertThat(PdfChecks.text(pdf)).contains(number, fullName, "Predikat: Memuaskan", "Pelatihan");
        assertThat(download(element(".download-link").getAttribute("href"))).as("every download, the same bytes")
                .isEqualTo(pdf);
        String qr = PdfChecks.qrCode(pdf);
        assertThat(qr).contains("/verify/");

        driver.manage().deleteAllCookies();
        driver.get(qr);
        assertThat(element("#standing").getText()).isEqualTo("Sah dan berlaku");
        assertThat(element("#number").getText()).isEqualTo(number);
        assertThat(element("#holder").getText()).isEqualTo(fullName);
        assertThat(driver.manage().getCookieNamed("JSESSIONID")).as("verification keeps no session").isNull();

        upload(pdf);
        assertThat(element("#file-check").getText()).contains("persis sama");
        byte[] changed = pdf.clone();
        changed[pdf.length / 3] ^= 0x01;
        upload(changed);
        assertThat(element("#file-check").getText()).contains("TIDAK sama");

        String reason = "Diterbitkan untuk angkatan yang keliru";
        signIn("koordinator", DEMO_PASSWORD);
        openCertificates();
        element(".select-link").click();
        type("#revoke\\:reason", reason);
        element("#revoke\\:propose-button").click();
        element(".ui-confirmdialog-yes").click();
        waiting().until(d -> d.findElement(By.id("messages")).getText().contains("dikirim ke admin"));
        signOut();

        driver.get(qr);
        assertThat(element("#standing").getText()).as("valid until an admin confirms").isEqualTo("Sah dan berlaku");

        signIn("admin", DEMO_PASSWORD);
        open("/admin/certificates.xhtml");
        assertThat(element("#proposals").getText()).contains(number, reason);
        driver.findElements(By.cssSelector(".proposal-row")).stream()
                .filter(row -> row.getText().contains(number)).findFirst().orElseThrow()
                .findElement(By.cssSelector(".confirm-revocation")).click();
        element(".ui-confirmdialog-yes").click();
        waiting().until(d -> d.findElement(By.id("messages")).getText().contains("telah dicabut"));
        open("/admin/audit.xhtml");
        assertThat(element("#chain-intact").getText()).contains("Rantai utuh");
        assertThat(element("#entries").getText()).contains("certificate.revoked", number, reason,
                "certificate.revocation.proposed");
        signOut();

        driver.get(qr);
        assertThat(element("#standing").getText()).isEqualTo("Dicabut");
        assertThat(element("#revocation-reason").getText()).contains(reason);
    }

    @Test
    void aCoordinatorIssuesTheCohortInBulkAndANameCorrectionSupersedesTheCertificate() {
        signIn("koordinator", DEMO_PASSWORD);
        openCertificates();
        assertThat(element("#progress-text").getText()).contains("0 dari 1");
        element("#bulk\\:issue-all").click();
        element(".ui-confirmdialog-yes").click();
        waiting().until(d -> d.findElement(By.id("progress-text")).getText().contains("1 dari 1"));
        waiting().until(d -> d.findElement(By.cssSelector("#trainees .certificate-number")).getText().contains("/PLT/"));
        String oldNumber = element("#trainees .certificate-number").getText().strip();
        assertThat(element("#zip-link").isDisplayed()).isTrue();

        element(".select-link").click();
        type("#correct\\:name", fullName + " Lestari");
        element("#correct\\:correct-button").click();
        element(".ui-confirmdialog-yes").click();
        waiting().until(d -> d.findElement(By.id("messages")).getText().contains("pengganti"));
        String newNumber = element("#trainees .certificate-number").getText().strip();
        assertThat(newNumber).isNotEqualTo(oldNumber);
        signOut();

        open("/verify?q=" + java.net.URLEncoder.encode(oldNumber, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(element("#standing").getText()).isEqualTo("Digantikan oleh sertifikat lain");
        assertThat(element("#successor-link").getText()).isEqualTo(newNumber);
        submit("#successor-link");
        assertThat(element("#standing").getText()).isEqualTo("Sah dan berlaku");
        assertThat(element("#holder").getText()).isEqualTo(fullName + " Lestari");
    }

    private void openCertificates() {
        open(cohort);
        element("#cohort-certificates-link").click();
        waiting().until(d -> path().endsWith("/manage/cohort-certificates.xhtml"));
    }

    private void upload(byte[] pdf) throws IOException {
        Path file = Files.createTempFile("sertifikat", ".pdf");
        Files.write(file, pdf);
        element("#document").sendKeys(file.toAbsolutePath().toString());
        // The browser reads the file while it submits: only once the page it left is gone may the
        // file go, and only then does a #file-check belong to the new answer rather than the last one.
        submit("#check-button");
        waiting().until(d -> !d.findElements(By.id("file-check")).isEmpty());
        Files.deleteIfExists(file);
    }

    /** Fetches a link with the browser's session, as the browser's own download would. */
    private byte[] download(String href) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = fetchWithSession(href);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        return response.body();
    }
}
