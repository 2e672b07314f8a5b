package id.pendamping.learning;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.testing.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A trainee studies lessons, leaves, comes back and resumes; a locked module stays locked. */
class StudyBrowserIT extends BrowserTest {

    private static final String PASSWORD = "Kopi-pagi-2026";
    private String trainee;

    @BeforeEach
    void enrolANewTrainee() {
        trainee = registerTrainee("Ayu Belajar", PASSWORD);
        signIn("koordinator", DEMO_PASSWORD);
        openCohort("Angkatan Belajar " + System.nanoTime());
        enrolOne("Ayu Belajar", trainee);
        signOut();
    }

    @Test
    void traineeResumesAtTheRightLessonWithProgressShown() {
        signIn(trainee, PASSWORD);
        assertThat(path()).isEqualTo("/learn/");
        submit(".resume-link");
        String first = heading();
        assertThat(path()).isEqualTo("/learn/lesson.xhtml");
        assertThat(driver.getCurrentUrl()).contains("l=m01-l01");
        element("#studied").click();
        waiting().until(d -> !heading().equals(first));
        String second = heading();
        element("#studied").click();
        waiting().until(d -> !heading().equals(second));
        String third = heading();
        signOut();

        signIn(trainee, PASSWORD);
        assertThat(element(".programme-progress").getText()).contains("dipelajari").contains("JP");
        assertThat(element("li[data-module='m01-konsep-pendampingan'] .module-meta").getText()).contains("2 dari");
        submit(".resume-link");
        assertThat(heading()).isEqualTo(third);
        submit("#previous-lesson");
        assertThat(heading()).isEqualTo(second);
        assertThat(element("#studied-mark").getText()).isEqualTo("Sudah dipelajari");
    }

    @Test
    void aLockedModuleCannotBeOpenedBeforeItsPrerequisite() {
        signIn(trainee, PASSWORD);
        assertThat(element("li[data-module='m02-prinsip-pendekatan'] .module-meta").getText()).contains("Terkunci");
        driver.findElement(By.cssSelector("li[data-module='m02-prinsip-pendekatan'] a")).click();
        assertThat(element("#locked").getText()).contains("Modul ini masih terkunci").contains("Konsep dan Tujuan Pendampingan");
        String enrolment = java.net.URI.create(driver.getCurrentUrl()).getQuery().replaceAll(".*e=(\\d+).*", "$1");
        open("/learn/lesson.xhtml?e=" + enrolment + "&l=m02-l02");
        assertThat(path()).isEqualTo("/learn/module.xhtml");
        assertThat(element("#locked").getText()).contains("Modul ini masih terkunci");
    }

    @Test
    void anotherTraineesEnrolmentIsRefused() {
        signIn(trainee, PASSWORD);
        submit(".resume-link");
        String lessonUrl = driver.getCurrentUrl();
        signOut();
        signIn("peserta", DEMO_PASSWORD);
        driver.get(lessonUrl);
        assertThat(heading()).isEqualTo("Akses ditolak");
    }
}
