package id.pendamping.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.testing.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The cohort dashboard in a real browser shows the right numbers: two trainees, one of whom finished
 * every lesson and passed the post-test with 88; the charts put each trainee in the right band.
 */
class CohortDashboardBrowserIT extends BrowserTest {

    private static final String PASSWORD = "Dasbor-angkatan-2026";

    @Test
    void theDashboardShowsTheCohortsFiguresAndCharts() {
        String finisherName = "Galih Pratama " + (char) ('A' + (int) (System.nanoTime() % 26));
        String finisher = registerTrainee(finisherName, PASSWORD);
        String beginnerName = "Intan Permatasari " + (char) ('A' + (int) (System.nanoTime() % 26));
        String beginner = registerTrainee(beginnerName, PASSWORD);
        signIn("koordinator", DEMO_PASSWORD);
        String cohort = openCohort("Angkatan Dasbor " + System.nanoTime());
        enrolOne(finisherName, finisher);
        enrolOne(beginnerName, beginner);
        assertThat(postTestSupport("completion?username=" + finisher + "&postTest=88")).isEqualTo("1");

        open(cohort);
        element("#cohort-dashboard-link").click();
        assertThat(element("#enrolled").getText()).isEqualTo("2");
        assertThat(element("#complete").getText()).isEqualTo("1");
        assertThat(element("#post-test-taken").getText()).isEqualTo("1");
        assertThat(element("#pass-rate").getText()).isEqualTo("100 %");
        assertThat(element("#post-test-mean").getText()).isEqualTo("88,0");
        assertThat(element("#certificates-issued").getText()).isEqualTo("0");
        assertThat(element("#progress-chart .bar-row[data-label='100'] .bar-count").getText()).isEqualTo("1");
        assertThat(element("#progress-chart .bar-row[data-label='0-24'] .bar-count").getText()).isEqualTo("1");
        assertThat(element("#progress-chart .bar-row[data-label='50-74'] .bar-count").getText()).isEqualTo("0");
        assertThat(element("#score-chart .bar-row[data-label='80-100'] .bar-value").getText()).isEqualTo("1 (100%)");
        // Opened yesterday: one week so far, by whose end one trainee of two has studied every lesson.
        assertThat(driver.findElements(org.openqa.selenium.By.cssSelector("#progress-over-time-chart .bar-row"))).hasSize(1);
        assertThat(element("#progress-over-time-chart .bar-row[data-label='" + java.time.LocalDate.now().minusDays(1)
                + "'] .bar-count").getText()).isEqualTo("50");
        assertThat(accessibilityProblems()).as("the dashboard").isEmpty();
    }
}
