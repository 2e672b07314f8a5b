package id.pendamping.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.testing.BrowserTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A trainee takes timed quizzes in a real browser: every answer survives a reload and a lost
 * connection, the server closes and scores an attempt whose time ran out with no browser involved,
 * and the pre-test and post-test show the learning gain.
 */
class QuizBrowserIT extends BrowserTest {

    private static final String PASSWORD = "Jawab-tenang-2026";
    private String trainee;
    private String cohort;

    @BeforeEach
    void enrolANewTrainee() {
        trainee = registerTrainee("Rina Menjawab", PASSWORD);
        signIn("koordinator", DEMO_PASSWORD);
        cohort = openCohort("Angkatan Kuis " + System.nanoTime());
        enrolOne("Rina Menjawab", trainee);
        signOut();
    }

    @Test
    void extraTimeGrantedToANamedTraineeLengthensTheirAttempt() {
        signIn("koordinator", DEMO_PASSWORD);
        open(cohort);
        element("#cohort-quizzes-link").click();
        choose("#extra\\:trainee", "Rina Menjawab");
        new Select(element("#extra\\:quiz")).selectByValue("PDP-DASAR-PRE");
        type("#extra\\:minutes", "15");
        element("#extra\\:grant").click();
        assertThat(element("#messages").getText()).contains("15 menit");
        assertThat(element("#grades").getText()).contains("(+15)");
        signOut();

        signIn(trainee, PASSWORD);
        startQuiz("PDP-DASAR-PRE");
        assertThat(element("#timer").getText()).matches("(44|45):\\d\\d");
    }

    @Test
    void answersSurviveAReloadAndALostConnection() {
        signIn(trainee, PASSWORD);
        startQuiz("PDP-DASAR-PRE");
        assertThat(element("#timer").getText()).matches("(29|30):\\d\\d");
        for (int position = 0; position < 4; position++) {
            answer(position);
            waitSaved(position);
        }
        List<String> before = shownAnswers(4);

        driver.navigate().refresh();
        assertThat(shownAnswers(4)).isEqualTo(before);

        offline(true);
        answer(4);
        answer(5);
        waiting().until(d -> element("#item-5 .save-state").getAttribute("class").contains("save-state--queued"));
        assertThat(element("#connection").getText()).contains("Koneksi terputus");
        offline(false);
        waitSaved(4);
        waitSaved(5);
        List<String> all = shownAnswers(6);

        driver.navigate().refresh();
        assertThat(shownAnswers(6)).isEqualTo(all);

        element("#submit-quiz").click();
        waiting().until(ExpectedConditions.alertIsPresent()).accept();
        waiting().until(d -> path().endsWith("/learn/result.xhtml"));
        assertThat(element("#result-score").getText()).startsWith("Nilai").contains("dari 20 poin");
        assertThat(element("#closed-by").getText()).isEqualTo("Dikumpulkan oleh Anda.");
    }

    @Test
    void whenTimeRunsOutTheServerSubmitsAndScoresTheAttempt() throws Exception {
        signIn(trainee, PASSWORD);
        startQuiz("PDP-DASAR-PRE");
        answer(0);
        waitSaved(0);
        String quizzes = driver.getCurrentUrl();
        try {
            moveServerClock("advance=PT31M");
            open("/learn/");
            element(".quizzes-link").click();
            waiting().until(d -> {
                d.navigate().refresh();
                return !d.findElements(By.cssSelector("#quiz-PDP-DASAR-PRE .result-link")).isEmpty();
            });
        } finally {
            moveServerClock("reset");
        }
        element("#quiz-PDP-DASAR-PRE .result-link").click();
        assertThat(element("#closed-by").getText()).contains("otomatis oleh server");
        assertThat(element("#result-score").getText()).contains("dari 20 poin");
        driver.get(quizzes);
        assertThat(path()).endsWith("/learn/result.xhtml");
    }

    @Test
    void thePreTestAndPostTestShowTheGain() {
        signIn(trainee, PASSWORD);
        startQuiz("PDP-DASAR-PRE");
        submit();
        String pre = element("#result-score").getText();

        open("/learn/");
        submit(".resume-link");
        while (path().endsWith("/learn/lesson.xhtml")) {
            String lesson = driver.getCurrentUrl();
            element("#studied").click();
            waiting().until(d -> !d.getCurrentUrl().equals(lesson));
        }
        open("/learn/");
        element(".quizzes-link").click();
        startQuiz("PDP-DASAR-POST");
        for (int position = 0; position < 20; position++) {
            answer(position);
        }
        for (int position = 0; position < 20; position++) {
            waitSaved(position);
        }
        submit();
        String post = element("#result-score").getText();
        element("#back-to-quizzes").click();

        String gain = element("#gain-text").getText();
        assertThat(gain).contains("Tes awal " + percentOf(pre)).contains("tes akhir " + percentOf(post));
    }

    private void startQuiz(String code) {
        if (!path().endsWith("/learn/quizzes.xhtml")) {
            open("/learn/");
            element(".quizzes-link").click();
        }
        element("#quiz-" + code + " .start-quiz").click();
        waiting().until(d -> path().endsWith("/learn/quiz.xhtml"));
        element("#item-0");
    }

    private void submit() {
        element("#submit-quiz").click();
        waiting().until(ExpectedConditions.alertIsPresent()).accept();
        waiting().until(d -> path().endsWith("/learn/result.xhtml"));
    }

    private static String percentOf(String score) {
        return score.replaceAll("^Nilai (\\S+)%.*$", "$1") + "%";
    }

    /** Gives an answer the way a person would, by mouse or keyboard, whatever the item's type. */
    private void answer(int position) {
        WebElement item = element("#item-" + position);
        switch (item.getAttribute("data-type")) {
            case "single", "multiple", "truefalse" -> item.findElements(By.cssSelector("label.choice")).get(0).click();
            case "matching" -> {
                List<WebElement> selects = item.findElements(By.tagName("select"));
                for (int i = 0; i < selects.size(); i++) {
                    new Select(selects.get(i)).selectByIndex(1 + (i % (selects.size())));
                }
            }
            case "ordering" -> item.findElements(By.cssSelector(".move-down")).get(0).click();
            default -> {
                WebElement field = item.findElement(By.cssSelector(".text-answer"));
                field.sendKeys("pendampingan");
                element("#timer").click();
            }
        }
    }

    private void waitSaved(int position) {
        waiting().until(d -> d.findElement(By.cssSelector("#item-" + position + " .save-state")).getAttribute("class")
                .contains("save-state--saved"));
    }

    /** What each item shows as answered: checked boxes, chosen matches, step order, typed text. */
    private List<String> shownAnswers(int count) {
        element("#item-" + (count - 1));
        return java.util.stream.IntStream.range(0, count).mapToObj(position -> {
            WebElement item = driver.findElement(By.id("item-" + position));
            StringBuilder shown = new StringBuilder(item.getAttribute("data-type")).append(':');
            item.findElements(By.cssSelector("input[type=radio], input[type=checkbox]"))
                    .forEach(i -> shown.append(i.isSelected() ? 'x' : '-'));
            item.findElements(By.tagName("select")).forEach(s -> shown.append(s.getAttribute("value")).append(','));
            item.findElements(By.cssSelector(".ordering > li")).forEach(li -> shown.append(li.getAttribute("data-step")).append(','));
            item.findElements(By.cssSelector(".text-answer")).forEach(t -> shown.append(t.getAttribute("value")));
            return shown.toString();
        }).toList();
    }

    private void offline(boolean offline) {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(offline);
        driver.setNetworkConditions(conditions);
    }

    private void moveServerClock(String query) {
        postTestSupport("clock?" + query);
    }
}
