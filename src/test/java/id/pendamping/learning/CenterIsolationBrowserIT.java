package id.pendamping.learning;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.testing.BrowserTest;
import org.junit.jupiter.api.Test;

/** A coordinator sees only their own training centre's cohorts, whatever id they put in a URL. */
class CenterIsolationBrowserIT extends BrowserTest {

    @Test
    void aCoordinatorOfAnotherCentreCannotOpenOrExportACohort() {
        long n = System.nanoTime() % 1_000_000;
        String otherCoordinator = "koord" + n;
        String password = "Pulau-seberang-7";
        signIn("admin", DEMO_PASSWORD);
        createCenter("UPT-" + n, "UPT Pelatihan Seberang " + n);
        createStaff("Koordinator", otherCoordinator, "UPT Pelatihan Seberang " + n, password);
        signOut();

        signIn("koordinator", DEMO_PASSWORD);
        String cohort = openCohort("Angkatan Rahasia " + n);
        signOut();

        signIn(otherCoordinator, password);
        open("/manage/");
        assertThat(element("main").getText()).doesNotContain("Angkatan Rahasia " + n);
        open(cohort);
        assertThat(heading()).isEqualTo("Akses ditolak");
        String id = cohort.replaceAll(".*id=(\\d+).*", "$1");
        Object status = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/manage/cohort-progress.csv?id=" + id + "').then(r => done(r.status));");
        assertThat(((Number) status).intValue()).isEqualTo(403);
        open("/manage/cohort-quizzes.xhtml?c=" + id);
        assertThat(heading()).isEqualTo("Akses ditolak");
        open("/manage/quiz-statistics.xhtml?c=" + id + "&q=PDP-DASAR-PRE");
        assertThat(heading()).isEqualTo("Akses ditolak");
    }
}
