package id.pendamping.competency.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.testing.BrowserTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Competence assessment in a real browser. A candidate fills the self-assessment per element and
 * builds a portfolio, where an executable renamed to .pdf is refused with a message. Then the whole
 * assessment: the coordinator assigns a first and an independent second assessor; the first gathers
 * evidence (quiz results, observation checklist, an oral question, a portfolio check) and records
 * verdicts; the second, blind to them, disagrees on one unit; a third assessor moderates; the
 * candidate appeals, an assessor not involved upholds the appeal, and the unit is open again.
 */
class CompetenceBrowserIT extends BrowserTest {

    private static final String PASSWORD = "Uji-kompetensi-2026";
    private String candidate;
    private String fullName;

    @BeforeEach
    void enrolledTrainee() {
        fullName = "Rahma Wulandari " + (char) ('A' + (int) (System.nanoTime() % 26)) + (char) ('A' + (int) (System.nanoTime() / 7 % 26));
        candidate = registerTrainee(fullName, PASSWORD);
        signIn("koordinator", DEMO_PASSWORD);
        openCohort("Angkatan Uji Kompetensi " + System.nanoTime());
        enrolOne(fullName, candidate);
        signOut();
    }

    @Test
    void theCandidateFillsTheSelfAssessmentAndAPortfolioWhereARenamedExecutableIsRefused() throws Exception {
        signIn(candidate, PASSWORD);
        element("#competence-link").click();
        element(".apply-button").click();
        assertThat(element("#messages").getText()).contains("Pengajuan asesmen dibuat");

        clickAndConfirm(element("#self\\:submit"));
        assertThat(element("#messages").getText()).contains("belum dijawab");
        assertThat(accessibilityProblems()).as("the self-assessment page").isEmpty();

        answerEveryElement(true);
        WebElement first = driver.findElements(By.cssSelector(".self-element")).get(0);
        first.findElement(By.cssSelector(".self-evidence")).clear();
        submit("#self\\:save");
        assertThat(element("#messages").getText()).contains("wajib disertai bukti");
        driver.findElements(By.cssSelector(".self-element")).get(0).findElement(By.cssSelector(".self-evidence"))
                .sendKeys("Notulen musyawarah desa");
        submit("#self\\:save");
        assertThat(element("#messages").getText()).contains("Asesmen mandiri tersimpan");

        byte[] executable = new byte[512];
        executable[0] = 'M';
        executable[1] = 'Z';
        executable[0x3c] = (byte) 0x80;
        executable[0x80] = 'P';
        executable[0x81] = 'E';
        upload("sertifikat-pelatihan.pdf", executable);
        assertThat(element("#messages").getText()).contains("sertifikat-pelatihan.pdf", "ditolak", "bukan PDF, JPEG, atau PNG");
        assertThat(element(".portfolio-empty").isDisplayed()).isTrue();

        byte[] report = pdf();
        upload("laporan-pendampingan.pdf", report);
        assertThat(element("#messages").getText()).contains("laporan-pendampingan.pdf");
        assertThat(element(".portfolio-files").getText()).contains("laporan-pendampingan.pdf", "application/pdf");
        java.net.http.HttpResponse<byte[]> download = fetchWithSession(element(".portfolio-download").getAttribute("href"));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).as("the bytes uploaded").isEqualTo(report);
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        driver.navigate().refresh();
        assertThat(element(".portfolio-files").getText()).as("kept after a reload").contains("laporan-pendampingan.pdf");
        assertThat(driver.findElements(By.cssSelector(".self-answer input[value='K']:checked"))).as("answers kept")
                .hasSize(driver.findElements(By.cssSelector(".self-element")).size());

        clickAndConfirm(element("#self\\:submit"));
        assertThat(element("#assessment-status").getText()).isEqualTo("Terkirim: menunggu asesor");
        assertThat(driver.findElements(By.id("self-assessment"))).as("no longer editable").isEmpty();
    }

    @Test
    void assessorsRateWithASecondBlindRatingAModeratorSettlesTheDisagreementAndAnUpheldAppealReopensTheUnit()
            throws IOException {
        signIn(candidate, PASSWORD);
        element("#competence-link").click();
        element(".apply-button").click();
        element("#self-assessment");
        answerEveryElement(true);
        submit("#self\\:save");
        assertThat(element("#messages").getText()).contains("Asesmen mandiri tersimpan");
        upload("laporan-pendampingan.pdf", pdf());
        clickAndConfirm(element("#self\\:submit"));
        assertThat(element("#assessment-status").getText()).isEqualTo("Terkirim: menunggu asesor");
        signOut();

        signIn("koordinator", DEMO_PASSWORD);
        openCandidate();
        assign("FIRST", "Budi Asesor");
        assign("SECOND", "Citra Asesor");
        assertThat(element("#assignments").getText()).contains("Budi Asesor", "Citra Asesor");
        assertThat(accessibilityProblems()).as("the coordinator's candidate page").isEmpty();
        signOut();

        // The first assessor: declaration, evidence in one place, verdicts.
        signIn("asesor", DEMO_PASSWORD);
        openAssignment();
        assertThat(driver.findElements(By.cssSelector(".unit-work"))).as("nothing before the declaration").isEmpty();
        element("#declare\\:noConflict").click();
        submit("#declare\\:declare-button");
        assertThat(element("#messages").getText()).contains("Pernyataan tercatat");
        assertThat(element(".quiz-evidence").getText()).isNotBlank();
        assertThat(accessibilityProblems()).as("the assessor's evidence page").isEmpty();
        WebElement unit = units().get(0);
        unit.findElements(By.cssSelector(".observed")).forEach(WebElement::click);
        unit.findElement(By.cssSelector(".observation-note")).sendKeys("Menjelaskan peran pendamping dengan contoh desa");
        submit(unit.findElement(By.cssSelector(".save-observations")));
        assertThat(element("#messages").getText()).contains("Observasi tersimpan");
        assertThat(units().get(0).findElements(By.cssSelector(".observed:checked"))).isNotEmpty();
        unit = units().get(0);
        unit.findElement(By.cssSelector(".question-text")).sendKeys("Apa beda mendampingi dan mengawasi?");
        unit.findElement(By.cssSelector(".answer-note")).sendKeys("Menjawab dengan contoh yang tepat");
        submit(unit.findElement(By.cssSelector(".add-question")));
        assertThat(units().get(0).findElement(By.cssSelector(".oral-questions")).getText()).contains("mendampingi dan mengawasi");
        WebElement check = element(".portfolio-check");
        for (String vatm : List.of("valid", "authentic", "current", "sufficient")) {
            check.findElement(By.cssSelector(".vatm-" + vatm)).click();
        }
        submit(check.findElement(By.cssSelector(".save-check")));
        assertThat(element("#messages").getText()).contains("Pemeriksaan bukti tersimpan");
        int unitCount = units().size();
        String disputed = units().get(1).getAttribute("data-unit");
        rateEveryAwaitingUnit(null);
        assertThat(driver.findElements(By.cssSelector(".verdict-form"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector(".rating"))).hasSize(unitCount);
        signOut();

        // The second assessor sees none of the first's verdicts and disagrees on one unit.
        signIn("asesor2", DEMO_PASSWORD);
        openAssignment();
        element("#declare\\:noConflict").click();
        submit("#declare\\:declare-button");
        assertThat(element("#blind-note").getText()).contains("independen");
        assertThat(driver.findElements(By.cssSelector(".rating"))).as("blind").isEmpty();
        assertThat(element("#main").getText()).doesNotContain("Budi Asesor");
        rateEveryAwaitingUnit(disputed);
        assertThat(unit(disputed).findElement(By.cssSelector(".needs-moderation")).getText()).contains("moderator");
        signOut();

        signIn("koordinator", DEMO_PASSWORD);
        openCandidate();
        assertThat(element("#candidate .needs-moderation").isDisplayed()).isTrue();
        assign("MODERATOR", "Dodi Asesor");
        signOut();

        signIn("asesor3", DEMO_PASSWORD);
        openAssignment();
        element("#declare\\:noConflict").click();
        submit("#declare\\:declare-button");
        assertThat(unit(disputed).findElements(By.cssSelector(".rating-verdict"))).extracting(WebElement::getText)
                .containsExactlyInAnyOrder("Kompeten (K)", "Belum Kompeten (BK)");
        assertThat(driver.findElements(By.cssSelector(".verdict-form"))).as("only the disputed unit").hasSize(1);
        rateEveryAwaitingUnit(disputed);
        assertThat(unit(disputed).findElement(By.cssSelector(".unit-outcome")).getText()).isEqualTo("Belum Kompeten (BK)");
        signOut();

        // The candidate reads the outcome and appeals the disputed unit.
        signIn(candidate, PASSWORD);
        element("#competence-link").click();
        assertThat(element("#assessment-status").getText()).startsWith("Hasil tersedia");
        assertThat(accessibilityProblems()).as("the outcome and appeal page").isEmpty();
        assertThat(outcome(disputed).findElement(By.cssSelector(".outcome")).getText()).isEqualTo("Belum Kompeten (BK)");
        assertThat(outcome(disputed).getText()).contains("Latih lagi");
        driver.findElements(By.cssSelector("#appealForm\\:units input")).stream()
                .filter(box -> disputed.equals(box.getAttribute("value"))).findFirst().orElseThrow().click();
        type("#appealForm\\:reason", "Observasi dilakukan ketika sesi terganggu banjir");
        clickAndConfirm(element("#appealForm\\:file-appeal"));
        assertThat(element("#messages").getText()).contains("Banding Anda telah diajukan");
        assertThat(element("#assessment-status").getText()).isEqualTo("Banding sedang ditinjau");
        signOut();

        signIn("koordinator", DEMO_PASSWORD);
        openCandidate();
        WebElement reviewers = element(".assign-role[data-role='APPEAL'] select");
        assertThat(reviewers.getText()).as("only assessors not involved").contains("Eka Asesor")
                .doesNotContain("Budi Asesor", "Citra Asesor", "Dodi Asesor");
        assign("APPEAL", "Eka Asesor");
        signOut();

        signIn("asesor4", DEMO_PASSWORD);
        openAssignment();
        element("#declare\\:noConflict").click();
        submit("#declare\\:declare-button");
        assertThat(element("#appeal-reason").getText()).contains("banjir");
        element("#appealDecision\\:decision input[value='UPHELD']").click();
        type("#appealDecision\\:reason", "Kondisi observasi tidak memadai; unit diases ulang");
        clickAndConfirm(element("#appealDecision\\:decide"));
        assertThat(element("#messages").getText()).contains("Banding diterima");
        signOut();

        signIn(candidate, PASSWORD);
        element("#competence-link").click();
        assertThat(element(".appeal-status").getText()).isEqualTo("Diterima: unit diases ulang");
        assertThat(outcome(disputed).findElement(By.cssSelector(".outcome")).getText()).isEqualTo("Belum diputuskan");
        signOut();

        signIn("asesor", DEMO_PASSWORD);
        openAssignment();
        assertThat(unit(disputed).getText()).contains("Putaran 2");
        assertThat(unit(disputed).findElements(By.cssSelector(".verdict-form"))).as("the reopened unit waits for a verdict").hasSize(1);
        assertThat(driver.findElements(By.cssSelector(".verdict-form"))).hasSize(1);
        signOut();

        signIn("koordinator", DEMO_PASSWORD);
        open("/manage/candidates.xhtml");
        WebElement pair = driver.findElements(By.cssSelector(".agreement-line")).stream()
                .filter(row -> row.getText().contains("Budi Asesor") && row.getText().contains("Citra Asesor")).findFirst()
                .orElseThrow();
        assertThat(pair.findElement(By.cssSelector(".agreement-percent")).getText()).endsWith("%");
    }

    private void answerEveryElement(boolean withEvidence) {
        for (WebElement element : driver.findElements(By.cssSelector(".self-element"))) {
            element.findElement(By.cssSelector(".self-answer input[value='K']")).click();
            WebElement evidence = element.findElement(By.cssSelector(".self-evidence"));
            evidence.clear();
            if (withEvidence) {
                evidence.sendKeys("Laporan pendampingan kelompok usaha 2025");
            }
        }
    }

    /** Records a verdict on every unit waiting for this assessor: K, except BK on the unit given. */
    private void rateEveryAwaitingUnit(String notYetCompetent) {
        while (true) {
            List<WebElement> forms = driver.findElements(By.cssSelector(".verdict-form"));
            if (forms.isEmpty()) {
                return;
            }
            WebElement form = forms.get(0);
            String unitCode = form.findElement(By.xpath("ancestor::section[contains(@class,'unit-work')]")).getAttribute("data-unit");
            boolean bk = unitCode.equals(notYetCompetent);
            form.findElement(By.cssSelector(".verdict-choice input[value='" + (bk ? "BK" : "K") + "']")).click();
            form.findElement(By.cssSelector(".verdict-reason")).sendKeys(bk ? "Dua KUK belum teramati" : "Semua KUK teramati");
            form.findElement(By.cssSelector(".verdict-feedback")).sendKeys(bk ? "Latih lagi analisis kebutuhan" : "Pertahankan");
            clickAndConfirm(form.findElement(By.cssSelector(".record-verdict")));
            waiting().until(d -> d.findElement(By.id("messages")).getText().contains("Keputusan tercatat"));
        }
    }

    private List<WebElement> units() {
        return driver.findElements(By.cssSelector(".unit-work"));
    }

    private WebElement unit(String code) {
        return element(".unit-work[data-unit='" + code + "']");
    }

    private WebElement outcome(String code) {
        return element(".unit-outcome[data-unit='" + code + "']");
    }

    private void openCandidate() {
        open("/manage/candidates.xhtml");
        driver.findElements(By.cssSelector(".open-candidate")).stream().filter(a -> a.getText().equals(fullName)).findFirst()
                .orElseThrow().click();
        waiting().until(d -> path().endsWith("/manage/candidate.xhtml"));
    }

    private void assign(String role, String assessorName) {
        WebElement section = element(".assign-role[data-role='" + role + "']");
        Select select = new Select(section.findElement(By.cssSelector("select")));
        select.getOptions().stream().filter(o -> o.getText().startsWith(assessorName)).findFirst().orElseThrow().click();
        submit(section.findElement(By.cssSelector(".assign-button")));
        waiting().until(d -> d.findElement(By.id("messages")).getText().contains("Asesor ditugaskan"));
    }

    private void openAssignment() {
        open("/assess/");
        driver.findElements(By.cssSelector(".open-candidate")).stream().filter(a -> a.getText().equals(fullName)).findFirst()
                .orElseThrow().click();
        waiting().until(d -> path().endsWith("/assess/candidate.xhtml"));
    }

    /** Clicks a button that asks for confirmation, accepts, and waits for the page that follows. */
    private void clickAndConfirm(WebElement button) {
        WebElement page = driver.findElement(By.tagName("html"));
        button.click();
        waiting().until(d -> {
            try {
                d.switchTo().alert().accept();
                return true;
            } catch (org.openqa.selenium.NoAlertPresentException notYet) {
                return false;
            }
        });
        waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
    }

    private void upload(String name, byte[] content) throws IOException {
        Path folder = Files.createTempDirectory("portfolio");
        Path file = folder.resolve(name);
        Files.write(file, content);
        element("#upload\\:file").sendKeys(file.toAbsolutePath().toString());
        submit("#upload\\:upload-button");
        waiting().until(d -> !d.findElement(By.id("messages")).getText().isBlank());
    }

    private static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
