package id.pendamping.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.testing.BrowserTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Level 1 in a real browser: a trainee of a cohort in its last week answers the reaction survey
 * (anonymously), and the coordinator reads the results with the right count, means and comment.
 */
class ReactionSurveyBrowserIT extends BrowserTest {

    private static final String PASSWORD = "Menilai-pelatihan-2026";

    @Test
    void aTraineeAnswersTheReactionSurveyAndTheCoordinatorReadsTheResults() {
        // Three trainees: anonymous results are shown from three responses on.
        String fullName = "Yohana Lestiani " + (char) ('A' + (int) (System.nanoTime() % 26));
        java.util.List<String> names = java.util.List.of(fullName, "Rahmat Hidayat " + (char) ('A' + (int) (System.nanoTime() % 26)),
                "Sinta Maharani " + (char) ('A' + (int) (System.nanoTime() % 26)));
        java.util.List<String> trainees = names.stream().map(n -> registerTrainee(n, PASSWORD)).toList();
        signIn("koordinator", DEMO_PASSWORD);
        open("/manage/");
        choose("#open\\:programme", 1);
        type("#open\\:name", "Angkatan Evaluasi " + System.nanoTime());
        setDate("#open\\:startsOn", LocalDate.now().minusDays(20));
        setDate("#open\\:endsOn", LocalDate.now().plusDays(3));
        type("#open\\:capacity", "30");
        element("#open\\:submit").click();
        waiting().until(d -> path().equals("/manage/cohort.xhtml"));
        String cohortPage = path() + "?" + java.net.URI.create(driver.getCurrentUrl()).getQuery();
        for (int i = 0; i < names.size(); i++) {
            enrolOne(names.get(i), trainees.get(i));
        }
        signOut();

        for (int i = 0; i < trainees.size(); i++) {
            signIn(trainees.get(i), PASSWORD);
            element(".survey-link").click();
            assertThat(element("#anonymity").getText()).contains("anonim");
            if (i == 0) {
                assertThat(accessibilityProblems()).as("the survey page").isEmpty();
            }
            for (WebElement question : driver.findElements(By.cssSelector(".survey-question[data-type='SCALE']"))) {
                String rating = "q1".equals(question.getAttribute("data-code")) ? "5" : "4";
                question.findElement(By.cssSelector("input[value='" + rating + "']")).click();
            }
            if (i == 0) {
                driver.findElements(By.cssSelector(".survey-question[data-type='TEXT'] textarea")).get(0)
                        .sendKeys("Diskusi kasus lapangan paling bermanfaat");
            }
            element("#answers\\:send").click();
            assertThat(element("#messages").getText()).contains("evaluasi Anda terkirim");
            assertThat(element("#answered").isDisplayed()).isTrue();
            signOut();
        }

        signIn("koordinator", DEMO_PASSWORD);
        open(cohortPage);
        element("#cohort-evaluation-link").click();
        assertThat(element("#responses").getText()).isEqualTo("3 jawaban dari 3 peserta");
        assertThat(element(".rating-line[data-code='q1'] .mean").getText()).isEqualTo("5,00");
        assertThat(element(".rating-line[data-code='q2'] .mean").getText()).isEqualTo("4,00");
        assertThat(element(".comments[data-code='q8']").getText()).contains("Diskusi kasus lapangan paling bermanfaat");
        names.forEach(n -> assertThat(element("#main").getText()).doesNotContain(n));
        assertThat(accessibilityProblems()).as("the results page").isEmpty();
    }
}
