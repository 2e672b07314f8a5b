package id.pendamping.assessment.web.manage;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Two trainees of a cohort take the pre-test; the coordinator opens the cohort's item statistics
 * and the cohort's quiz grades, which count both and show every item drawn.
 */
class QuizStatisticsBrowserIT extends BrowserTest {

    private static final String PASSWORD = "Statistik-kuis-2026";

    @Test
    void theCoordinatorSeesTheCohortsItemStatisticsAndGrades() {
        String first = registerTrainee("Dewi Analisa", PASSWORD);
        String second = registerTrainee("Eko Analisa", PASSWORD);
        signIn("koordinator", DEMO_PASSWORD);
        String cohort = openCohort("Angkatan Statistik " + System.nanoTime());
        enrolOne("Dewi Analisa", first);
        enrolOne("Eko Analisa", second);
        signOut();

        takePreTest(first, true);
        takePreTest(second, false);

        signIn("koordinator", DEMO_PASSWORD);
        open(cohort);
        element("#quiz-statistics-link").click();
        new org.openqa.selenium.support.ui.Select(element("#choose\\:quiz")).selectByValue("PDP-DASAR-PRE");
        submit("#choose\\:show");
        assertThat(element("#attempts-counted").getText()).startsWith("2 peserta");
        assertThat(driver.findElements(By.cssSelector("#itemsForm\\:itemTable_data tr"))).hasSizeGreaterThanOrEqualTo(20);

        open(cohort);
        element("#cohort-quizzes-link").click();
        assertThat(element("#grades").getText()).contains("Dewi Analisa").contains("Eko Analisa");
    }

    private void takePreTest(String trainee, boolean answerFirst) {
        signIn(trainee, PASSWORD);
        element(".quizzes-link").click();
        element("#quiz-PDP-DASAR-PRE .start-quiz").click();
        element("#item-0");
        if (answerFirst) {
            driver.findElements(By.cssSelector("#item-0 label.choice, #item-0 select, #item-0 .move-down, #item-0 .text-answer"))
                    .get(0).click();
        }
        element("#submit-quiz").click();
        waiting().until(ExpectedConditions.alertIsPresent()).accept();
        waiting().until(d -> path().endsWith("/learn/result.xhtml"));
        signOut();
    }
}
