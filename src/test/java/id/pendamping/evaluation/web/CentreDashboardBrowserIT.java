package id.pendamping.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The centre dashboard in a real browser, for a new centre with two cohorts: the first of two
 * trainees, one of whom finished and passed the post-test with 90; the second of one trainee who
 * finished and failed it with 50. The coordinator's charts and comparison table show each cohort's
 * figures, and the admin sees the same when picking the centre.
 */
class CentreDashboardBrowserIT extends BrowserTest {

    @Test
    void theCentreDashboardComparesTheCentresCohorts() {
        long n = System.nanoTime() % 1_000_000;
        String centre = "UPT Dasbor Balai " + n;
        String coordinator = "koorddasbor" + n;
        String password = "Grafik-tren-2026";
        signIn("admin", DEMO_PASSWORD);
        createCenter("UPT-DB-" + n, centre);
        createStaff("Koordinator", coordinator, centre, password);
        signOut();

        signIn(coordinator, password);
        String first = "Angkatan Pertama " + n;
        String second = "Angkatan Kedua " + n;
        openCohort(first);
        String passer = "lulus-" + n + "@contoh.id";
        enrolOne("Ratna Sari", passer);
        enrolOne("Budi Santoso", "pemula-" + n + "@contoh.id");
        openCohort(second);
        String failer = "gagal-" + n + "@contoh.id";
        enrolOne("Dewi Lestari", failer);
        assertThat(postTestSupport("completion?username=" + passer + "&postTest=90")).isEqualTo("1");
        assertThat(postTestSupport("completion?username=" + failer + "&postTest=50")).isEqualTo("1");

        open("/manage/");
        element("#centre-dashboard-link").click();
        assertThat(element("#centre-name").getText()).isEqualTo(centre);
        assertFigures(first, second);
        assertThat(accessibilityProblems()).as("the centre dashboard").isEmpty();
        signOut();

        signIn("admin", DEMO_PASSWORD);
        open("/admin/");
        element("#centre-dashboard-link").click();
        choose("#centre", centre);
        element("#show-centre").click();
        waiting().until(d -> !d.findElements(By.id("centre-name")).isEmpty());
        assertThat(element("#centre-name").getText()).isEqualTo(centre);
        assertFigures(first, second);
        assertThat(accessibilityProblems()).as("the admin's centre dashboard").isEmpty();
    }

    private void assertFigures(String first, String second) {
        assertThat(bar("enrolled-chart", first)).isEqualTo("2");
        assertThat(bar("enrolled-chart", second)).isEqualTo("1");
        assertThat(bar("completion-chart", first)).isEqualTo("50 %");
        assertThat(bar("completion-chart", second)).isEqualTo("100 %");
        assertThat(bar("pass-rate-chart", first)).isEqualTo("100 %");
        assertThat(bar("pass-rate-chart", second)).isEqualTo("0 %");
        assertThat(bar("gain-chart", first)).as("no pre-test taken").isEqualTo("–");
        assertThat(bar("certificates-chart", second)).isEqualTo("0");
        assertThat(driver.findElements(By.cssSelector("#enrolled-chart .bar-row")).stream()
                .map(e -> e.getAttribute("data-label")).toList()).as("oldest first").containsExactly(first, second);
        var rows = driver.findElements(By.cssSelector("tr.comparison-row"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).findElement(By.cssSelector(".cohort-name")).getText()).as("newest first").isEqualTo(second);
        assertThat(rows.get(1).findElement(By.cssSelector(".enrolled")).getText()).isEqualTo("2");
        assertThat(rows.get(1).findElement(By.cssSelector(".completion")).getText()).isEqualTo("50 %");
        assertThat(rows.get(0).findElement(By.cssSelector(".pass-rate")).getText()).isEqualTo("0 %");
    }

    private String bar(String chart, String cohort) {
        return element("#" + chart + " .bar-row[data-label='" + cohort + "'] .bar-count").getText();
    }
}
