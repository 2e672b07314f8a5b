package id.pendamping.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.testing.BrowserTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A coordinator records an impact review (level 4) for a cohort that has ended: a count the cohort
 * cannot have is refused next to its field, the saved review is listed and shown on the cohort's
 * dashboard, and deleting it asks first and leaves the empty list.
 */
class ImpactReviewBrowserIT extends BrowserTest {

    @Test
    void aCoordinatorRecordsAReviewSeesItOnTheDashboardAndDeletesIt() {
        signIn("koordinator", DEMO_PASSWORD);
        String name = "Angkatan Dampak " + System.nanoTime();
        open("/manage/");
        choose("#open\\:programme", 1);
        type("#open\\:name", name);
        setDate("#open\\:startsOn", LocalDate.now().minusDays(70));
        setDate("#open\\:endsOn", LocalDate.now().minusDays(40));
        type("#open\\:capacity", "30");
        element("#open\\:submit").click();
        waiting().until(d -> path().equals("/manage/cohort.xhtml"));
        String cohortId = driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        enrolOne("Sari Wulandari", "sari-" + System.nanoTime() % 1_000_000 + "@contoh.id");

        element("#impact-review-link").click();
        waiting().until(d -> path().equals("/manage/impact-review.xhtml"));
        assertThat(element("#no-reviews").getText()).isEqualTo("Belum ada evaluasi dampak untuk angkatan ini.");
        choose("#review\\:horizon", "Jangka menengah (penerapan)");
        type("#review\\:communities", "3");
        type("#review\\:alumniReporting", "2");
        type("#review\\:observedChanges", "Tiga kelompok tani mengelola lahan sendiri dan mencatat hasil panen.");
        driver.findElement(By.cssSelector("label[for='review:fields:2']")).click();
        element("#review\\:lines\\:2\\:observed").click();
        element("#review\\:lines\\:4\\:observed").click();
        type("#review\\:lines\\:4\\:note", "Satu kelompok menunggu kunjungan pendamping");
        element("#review\\:save").click();
        assertThat(element("#review\\:alumniReporting ~ .field-error").getText())
                .isEqualTo("Jumlah alumni yang memberi laporan adalah bilangan bulat dari 0 sampai 1 (jumlah alumni angkatan).");
        assertThat(driver.findElements(By.id("no-reviews"))).as("nothing saved").hasSize(1);

        type("#review\\:alumniReporting", "1");
        element("#review\\:save").click();
        waiting().until(d -> d.findElement(By.id("messages")).getText().contains("Evaluasi dampak tersimpan."));
        assertThat(element(".impact-review .communities").getText()).isEqualTo("3");
        assertThat(element(".impact-review .alumni-reporting").getText()).isEqualTo("1");
        assertThat(element(".impact-review .fields").getText()).isEqualTo("Ekonomi");
        assertThat(element(".impact-review .observed-types").getText())
                .contains("Positif: Pemberdayaan", "Negatif: Ketergantungan pada pendamping — Satu kelompok menunggu kunjungan pendamping");
        assertThat(accessibilityProblems()).as("the impact review page").isEmpty();

        open("/manage/cohort-dashboard.xhtml?c=" + cohortId);
        assertThat(element("#impact-communities").getText()).isEqualTo("3");
        assertThat(element("#impact-types").getText()).isEqualTo("Pemberdayaan, Ketergantungan pada pendamping");

        element("#impact-review-link").click();
        element(".impact-review .delete-button").click();
        element(".ui-confirmdialog-yes").click();
        waiting().until(d -> d.findElement(By.id("messages")).getText().contains("Evaluasi dampak dihapus."));
        assertThat(element("#no-reviews").isDisplayed()).isTrue();
    }
}
