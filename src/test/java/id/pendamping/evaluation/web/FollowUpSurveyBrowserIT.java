package id.pendamping.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.pendamping.testing.BrowserTest;
import id.pendamping.testing.Waiting;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Evaluation level 3 end to end: an alumnus who reads the platform in English, the server clock moved
 * three months past the cohort's end, the follow-up invitation arriving at a real SMTP server
 * (GreenMail, where the test server sends) in English with a link; the alumnus answers through the
 * link and the coordinator reads one response.
 */
class FollowUpSurveyBrowserIT extends BrowserTest {

    private static final String PASSWORD = "Survei-lanjutan-2026";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @AfterEach
    void resetClock() {
        postTestSupport("clock?reset");
    }

    @Test
    void threeMonthsAfterTheCohortTheAlumnusIsInvitedInTheirLanguageAndAnswers() throws Exception {
        String name = "Ratna Wulandari " + (char) ('A' + (int) (System.nanoTime() % 26));
        String email = registerTrainee(name, PASSWORD);
        signIn(email, PASSWORD);
        switchLanguage("en");
        signOut();
        signIn("koordinator", DEMO_PASSWORD);
        String cohortName = "Angkatan Pasca " + System.nanoTime();
        String cohort = openCohort(cohortName);
        enrolOne(name, email);
        signOut();
        assertThat(awaitMailTo(email, "You are enrolled in " + cohortName, Duration.ofSeconds(30)))
                .as("the enrolment notice, in English too").isNotNull();

        // The cohort ends in 30 days; 3 months later is at most 92 days after that.
        postTestSupport("clock?advance=P123D");
        MimeMessage mail = awaitMailTo(email, "Follow-up survey: " + cohortName, Duration.ofSeconds(150));
        String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("\r\n", "\n");
        assertThat(body).startsWith("Dear " + name).contains("It is 3 months since you completed the training " + cohortName);
        String link = Arrays.stream(body.split("\\s+")).filter(w -> w.startsWith("http")).findFirst().orElseThrow();
        assertThat(link).contains("/learn/survey.xhtml?e=").endsWith("&kind=FOLLOW_UP_3");

        signIn(email, PASSWORD);
        URI uri = URI.create(link);
        open(uri.getPath() + "?" + uri.getQuery());
        assertThat(heading()).isEqualTo("Follow-up survey");
        assertThat(element("#follow-up-intro").getText()).contains("3 months");
        driver.findElements(By.cssSelector("fieldset[data-type='SCALE']")).forEach(question ->
                question.findElement(By.cssSelector("input[value='4']")).click());
        type("fieldset[data-code='q8'] textarea", "Saya mendampingi dua kelompok tani");
        element("#answers\\:send").click();
        waiting().until(d -> !d.findElements(By.id("answered")).isEmpty());
        signOut();

        signIn("koordinator", DEMO_PASSWORD);
        open(cohort.replace("/manage/cohort.xhtml?id=", "/manage/cohort-evaluation.xhtml?c=") + "&kind=FOLLOW_UP_3");
        assertThat(element("#responses").getText()).startsWith("1 jawaban dari 1 peserta");
        assertThat(element("#withheld").getText()).as("one anonymous response would show whose it is")
                .contains("sedikitnya 3 jawaban");
        assertThat(driver.getPageSource()).doesNotContain("Saya mendampingi dua kelompok tani").doesNotContain(name);
    }

    private MimeMessage awaitMailTo(String recipient, String subject, Duration patience) {
        AtomicReference<MimeMessage> found = new AtomicReference<>();
        Waiting.until(() -> {
            mailTo(recipient, subject).ifPresent(found::set);
            return found.get() != null;
        }, patience);
        return found.get();
    }

    private static Optional<MimeMessage> mailTo(String recipient, String subject) {
        try {
            for (MimeMessage m : SMTP.getReceivedMessages()) {
                if (subject.equals(m.getSubject())
                        && Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(recipient))) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
