package id.pendamping.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.testing.BrowserTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every page built so far passes axe-core (WCAG 2 A and AA) with no serious or critical violation. */
class AccessibilityBrowserIT extends BrowserTest {

    private final List<String> problems = new ArrayList<>();

    @Test
    void publicPagesPass() {
        for (String page : List.of("/", "/signin.xhtml", "/register.xhtml", "/no-such-page.xhtml",
                "/set-password.xhtml?token=tidak-berlaku", "/verify", "/verify?q=0000/TIDAK/ADA",
                "/mentors.xhtml?q=Sari")) {
            check(page);
        }
        switchLanguage("en");
        check("/");
        assertThat(problems).isEmpty();
    }

    @Test
    void signedInPagesPass() {
        checkAs("peserta", "/learn/", "/learn/certificates.xhtml", "/learn/competence.xhtml");
        checkAs("asesor", "/assess/");
        checkAs("koordinator", "/manage/", "/learn/", "/manage/curriculum.xhtml", "/manage/certificate-settings.xhtml",
                "/manage/candidates.xhtml");
        checkAs("admin", "/admin/", "/admin/accounts.xhtml", "/admin/centers.xhtml", "/admin/curriculum.xhtml",
                "/admin/certificates.xhtml", "/admin/audit.xhtml", "/admin/assessors.xhtml");
        assertThat(problems).isEmpty();
    }

    @Test
    void studyAndCohortPagesPass() {
        String password = "Halaman-akses-2026";
        String trainee = registerTrainee("Aksesibel Peserta", password);
        signIn("koordinator", DEMO_PASSWORD);
        String cohortPage = openCohort("Angkatan Aksesibilitas " + System.nanoTime());
        enrolOne("Aksesibel Peserta", trainee);
        check(cohortPage);
        signOut();
        signIn(trainee, password);
        check("/learn/");
        submit(".resume-link");
        String lesson = path() + "?" + java.net.URI.create(driver.getCurrentUrl()).getQuery();
        check(lesson);
        String enrolment = lesson.replaceAll(".*e=(\\d+).*", "$1");
        check("/learn/module.xhtml?e=" + enrolment + "&m=m01-konsep-pendampingan");
        check("/learn/module.xhtml?e=" + enrolment + "&m=m02-prinsip-pendekatan");
        check("/learn/quizzes.xhtml?e=" + enrolment);
        element("#quiz-PDP-DASAR-PRE .start-quiz").click();
        element("#item-0");
        String quiz = path() + "?" + java.net.URI.create(driver.getCurrentUrl()).getQuery();
        check(quiz);
        element("#submit-quiz").click();
        waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent()).accept();
        waiting().until(d -> path().endsWith("/learn/result.xhtml"));
        check(path() + "?" + java.net.URI.create(driver.getCurrentUrl()).getQuery());
        signOut();
        signIn("koordinator", DEMO_PASSWORD);
        String cohort = cohortPage.replaceAll(".*id=(\\d+).*", "$1");
        check("/manage/cohort-quizzes.xhtml?c=" + cohort);
        check("/manage/quiz-statistics.xhtml?c=" + cohort + "&q=PDP-DASAR-PRE");
        check("/manage/gift.xhtml");
        check("/manage/cohort-certificates.xhtml?c=" + cohort);
        assertThat(problems).isEmpty();
    }

    private void checkAs(String username, String... pages) {
        signIn(username, DEMO_PASSWORD);
        for (String page : pages) {
            check(page);
        }
        signOut();
    }

    private void check(String page) {
        open(page);
        heading();
        problems.addAll(accessibilityProblems());
    }
}
