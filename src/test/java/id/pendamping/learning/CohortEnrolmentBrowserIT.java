package id.pendamping.learning;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.testing.BrowserTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A coordinator opens a cohort and enrols trainees from CSV files: all or nothing. */
class CohortEnrolmentBrowserIT extends BrowserTest {

    @Test
    void aBadRowEnrolsNobodyThenAGoodFileEnrolsEveryone() throws IOException {
        long n = System.nanoTime() % 1_000_000;
        signIn("koordinator", DEMO_PASSWORD);
        openCohort("Angkatan CSV " + n);
        assertThat(element("#progressForm\\:progress").getText()).contains("Belum ada peserta terdaftar.");

        Path bad = csv("peserta-salah.csv", "nama,email,telepon",
                "Siti Rahma " + n + ",siti" + n + "@contoh.id,08123456789",
                "Joko Susilo " + n + ",bukan-email,",
                "Rina Wati " + n + ",rina" + n + "@contoh.id,");
        upload(bad);
        WebElement problems = element("#csv-problems");
        assertThat(problems.getText()).contains("peserta-salah.csv, baris 3").contains("bukan-email");
        assertThat(driver.findElement(By.id("messages")).getText()).contains("tidak ada peserta yang didaftarkan");
        assertThat(element("#progressForm\\:progress").getText()).contains("Belum ada peserta terdaftar.")
                .doesNotContain("Siti Rahma");

        Path good = csv("peserta.csv", "nama,email,telepon",
                "Siti Rahma " + n + ",siti" + n + "@contoh.id,08123456789",
                "Joko Susilo " + n + ",joko" + n + "@contoh.id,",
                "Rina Wati " + n + ",rina" + n + "@contoh.id,");
        upload(good);
        waiting().until(d -> d.findElement(By.id("messages")).getText().contains("3 peserta sudah didaftarkan"));
        assertThat(driver.findElements(By.cssSelector("#just-enrolled .setup-link"))).hasSize(3);
        List<String> names = driver.findElements(By.cssSelector("#progressForm\\:progress .trainee-name"))
                .stream().map(WebElement::getText).toList();
        assertThat(names).containsExactlyInAnyOrder("Siti Rahma " + n, "Joko Susilo " + n, "Rina Wati " + n);

        String csv = (String) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById('export-csv').href).then(r => r.text()).then(done);");
        assertThat(csv.lines().toList()).hasSize(4);
        assertThat(csv).contains("siti" + n + "@contoh.id").contains("Konsep dan Tujuan Pendampingan (%)");
    }

    @Test
    void aTraineeAsksToJoinAndTheCoordinatorAccepts() {
        long n = System.nanoTime() % 1_000_000;
        String password = "Minta-gabung-2026";
        String trainee = registerTrainee("Dedi Pemohon", password);
        signIn("koordinator", DEMO_PASSWORD);
        String cohort = openCohort("Angkatan Terbuka " + n, true);
        signOut();

        signIn(trainee, password);
        String cohortName = "Angkatan Terbuka " + n;
        waiting().until(d -> d.findElement(By.xpath("//li[contains(., '" + cohortName + "')]//input[contains(@class, 'join-button')]")))
                .click();
        waiting().until(d -> d.findElements(By.cssSelector(".enrolment")).stream()
                .anyMatch(e -> e.getText().contains(cohortName) && e.getText().contains("Menunggu persetujuan")));
        signOut();

        signIn("koordinator", DEMO_PASSWORD);
        open(cohort);
        assertThat(element("#requests").getText()).contains(trainee);
        element("#requests .accept-button").click();
        waiting().until(d -> d.findElement(By.id("messages")).getText().contains("Permintaan diterima"));
        assertThat(element("#progressForm\\:progress").getText()).contains("Dedi Pemohon");
        signOut();

        signIn(trainee, password);
        WebElement enrolment = driver.findElements(By.cssSelector(".enrolment")).stream()
                .filter(e -> e.getText().contains(cohortName)).findFirst().orElseThrow();
        assertThat(enrolment.getText()).doesNotContain("Menunggu");
        assertThat(enrolment.findElements(By.cssSelector(".resume-link"))).hasSize(1);
    }

    @Test
    void aNewTraineeChoosesAPasswordThroughTheLinkAndSeesTheCohort() {
        long n = System.nanoTime() % 1_000_000;
        signIn("koordinator", DEMO_PASSWORD);
        openCohort("Angkatan Tautan " + n);
        enrolOne("Wati Baru " + n, "wati" + n + "@contoh.id");
        String link = element("#just-enrolled .setup-link").getText();
        signOut();
        driver.get(link);
        type("#choose\\:password", "Sungai-jernih-88");
        type("#choose\\:passwordAgain", "Sungai-jernih-88");
        element("#choose\\:submit").click();
        waiting().until(d -> path().endsWith("/signin.xhtml"));
        signIn("wati" + n + "@contoh.id", "Sungai-jernih-88");
        assertThat(path()).isEqualTo("/learn/");
        assertThat(element(".enrolment").getText()).contains("Angkatan Tautan " + n);
        driver.get(link);
        assertThat(element("#link-invalid").getText()).contains("tidak berlaku lagi");
    }

    private void upload(Path file) {
        driver.findElement(By.id("csv:file")).sendKeys(file.toAbsolutePath().toString());
        element("#csv\\:upload").click();
        waiting().until(d -> !d.findElement(By.id("messages")).getText().isBlank());
    }

    private static Path csv(String name, String... lines) throws IOException {
        Path file = Files.createTempDirectory("csv").resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
