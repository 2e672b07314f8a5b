package id.pendamping.curriculum.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.testing.BrowserTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A coordinator sets up the centre's own programme from the modules (two of them, in the centre's
 * order, with planned JP, chosen quizzes and a pass mark), is told which field is wrong when it is,
 * opens a cohort of it and names its trainers and an assessor. The trainee then sees the modules in
 * that order and only the chosen quizzes, and the reaction survey asks about each trainer.
 */
class ProgrammeSetupBrowserIT extends BrowserTest {

    private static final String PASSWORD = "Program-balai-2026";

    @AfterEach
    void resetClock() {
        postTestSupport("clock?reset");
    }

    @Test
    void aCoordinatorSetsUpAProgrammeAndACohortWithItsStaff() {
        signIn("koordinator", DEMO_PASSWORD);
        open("/manage/");
        element("#programmes-link").click();
        waiting().until(d -> path().equals("/manage/programmes.xhtml"));
        element("#new-programme").click();
        waiting().until(d -> path().equals("/manage/programme.xhtml"));

        String code = "LANJUT-" + (System.nanoTime() % 1_000_000);
        type("#programme\\:code", "x");
        element("#programme\\:save").click();
        waiting().until(d -> !d.findElements(By.cssSelector(".field-error")).isEmpty());
        assertThat(fieldErrors()).containsExactly("Kode program: huruf besar, angka, dan tanda hubung, 3 sampai 40 karakter.");

        type("#programme\\:code", code);
        element("#programme\\:save").click();
        waiting().until(d -> fieldErrors().stream().anyMatch(e -> e.startsWith("Isi judul program")));

        type("#programme\\:titleId", "Pelatihan Lanjutan Pendamping " + code);
        type("#programme\\:titleEn", "Advanced Mentor Training " + code);
        moduleRow("m02-prinsip-pendekatan", true, "1", "6");
        moduleRow("m01-konsep-pendampingan", true, "2", "4,5");
        tickQuiz("PDP-DASAR-PRE");
        tickQuiz("PDP-DASAR-POST");
        tickQuiz("M03-QUIZ");
        type("#programme\\:passPercent", "75");
        element("#programme\\:save").click();
        waiting().until(d -> fieldErrors().stream().anyMatch(e -> e.contains("M03-QUIZ")));

        tickQuiz("M03-QUIZ");
        tickQuiz("M01-QUIZ");
        element("#programme\\:save").click();
        waiting().until(d -> d.findElement(By.id("messages")).getText().contains("Program " + code + " tersimpan."));
        assertThat(element("#programme\\:code").getAttribute("disabled")).isNotNull();
        assertThat(moduleInput("m02-prinsip-pendekatan", "order").getAttribute("value")).isEqualTo("1");
        assertThat(moduleInput("m01-konsep-pendampingan", "jp").getAttribute("value")).isEqualTo("4.5");
        assertThat(element("#programme\\:passPercent").getAttribute("value")).isEqualTo("75");
        assertThat(accessibilityProblems()).as("the programme form").isEmpty();

        String traineeName = "Yohana Simanjuntak " + (char) ('A' + (int) (System.nanoTime() % 26));
        signOut();
        String trainee = registerTrainee(traineeName, PASSWORD);
        signIn("koordinator", DEMO_PASSWORD);
        open("/manage/");
        choose("#open\\:programme", "Pelatihan Lanjutan Pendamping " + code);
        type("#open\\:name", "Angkatan Lanjutan " + code);
        setDate("#open\\:startsOn", java.time.LocalDate.now().minusDays(1));
        setDate("#open\\:endsOn", java.time.LocalDate.now().plusDays(30));
        type("#open\\:capacity", "25");
        element("#open\\:submit").click();
        waiting().until(d -> path().equals("/manage/cohort.xhtml"));
        enrolOne(traineeName, trainee);

        element("#cohort-staff-link").click();
        waiting().until(d -> path().equals("/manage/cohort-staff.xhtml"));
        String staffPage = path() + "?" + java.net.URI.create(driver.getCurrentUrl()).getQuery();
        type("#trainers\\:lines", "Dra. Sri Handayani | Prinsip pendampingan\nBudi Santoso, M.Si.");
        element("#trainers\\:save").click();
        waiting().until(d -> d.findElement(By.id("messages")).getText().contains("2 pengajar tersimpan."));
        driver.findElements(By.cssSelector("#assessors\\:chosen input[type='checkbox']")).get(0).click();
        element("#assessors\\:save").click();
        waiting().until(d -> d.findElement(By.id("messages")).getText().contains("1 asesor ditugaskan."));
        assertThat(driver.findElements(By.cssSelector("#assessors\\:chosen input:checked"))).hasSize(1);
        assertThat(accessibilityProblems()).as("the cohort staff page").isEmpty();
        signOut();

        signIn(trainee, PASSWORD);
        open("/learn/");
        List<String> modules = driver.findElements(By.cssSelector(".module-item")).stream()
                .map(m -> m.getAttribute("data-module")).toList();
        assertThat(modules).containsExactly("m02-prinsip-pendekatan", "m01-konsep-pendampingan");
        element(".quizzes-link").click();
        waiting().until(d -> path().equals("/learn/quizzes.xhtml"));
        assertThat(driver.findElements(By.cssSelector(".quiz-card")).stream().map(q -> q.getAttribute("data-quiz")))
                .containsExactlyInAnyOrder("PDP-DASAR-PRE", "PDP-DASAR-POST", "M01-QUIZ");

        postTestSupport("clock?advance=P25D");
        open("/learn/");
        element(".survey-link").click();
        waiting().until(d -> path().equals("/learn/survey.xhtml"));
        assertThat(element("fieldset[data-code='t1a'] legend").getText())
                .isEqualTo("Dra. Sri Handayani menguasai materi dan menjawab pertanyaan dengan baik.");
        assertThat(element("fieldset[data-code='t2c'] legend").getText()).isEqualTo("Saran untuk Budi Santoso, M.Si.");
        driver.findElements(By.cssSelector("fieldset[data-type='SCALE']")).forEach(question ->
                question.findElement(By.cssSelector("input[value='5']")).click());
        type("fieldset[data-code='t1c'] textarea", "Contoh kasusnya sangat membumi");
        element("#answers\\:send").click();
        waiting().until(d -> !d.findElements(By.id("answered")).isEmpty());
        signOut();

        // Answers are kept by the trainer's place in the list: after the first, the list is fixed.
        signIn("koordinator", DEMO_PASSWORD);
        open(staffPage);
        type("#trainers\\:lines", "Budi Santoso, M.Si.\nDra. Sri Handayani | Prinsip pendampingan");
        element("#trainers\\:save").click();
        waiting().until(d -> fieldErrors().stream().anyMatch(e -> e.contains("tidak dapat diubah lagi")));
        open(staffPage);
        assertThat(element("#trainers\\:lines").getAttribute("value")).startsWith("Dra. Sri Handayani");
    }

    private List<String> fieldErrors() {
        return driver.findElements(By.cssSelector(".field-error")).stream().map(WebElement::getText)
                .filter(t -> !t.isBlank()).toList();
    }

    private WebElement moduleInput(String module, String field) {
        return element("tr[data-module='" + module + "'] input[id$='" + field + "']");
    }

    private void moduleRow(String module, boolean include, String order, String jp) {
        WebElement box = moduleInput(module, "include");
        if (box.isSelected() != include) {
            box.click();
        }
        WebElement orderInput = moduleInput(module, "order");
        orderInput.clear();
        orderInput.sendKeys(order);
        WebElement jpInput = moduleInput(module, "jp");
        jpInput.clear();
        jpInput.sendKeys(jp);
    }

    private void tickQuiz(String code) {
        element("#programme\\:quizzes input[value='" + code + "']").click();
    }
}
