package id.pendamping.assessment.web.manage;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.testing.BrowserTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A coordinator exchanges items with Moodle in GIFT: a file with an error is refused with its line
 * and adds nothing to the bank; a good file adds its questions, which the next export carries.
 */
class GiftBrowserIT extends BrowserTest {

    @Test
    void aBrokenFileImportsNothingAndAGoodOneImportsEverything() throws Exception {
        signIn("koordinator", DEMO_PASSWORD);
        int before = exportedQuestions();
        String run = Long.toString(System.nanoTime(), 36);

        upload("rusak.gift", """
                $CATEGORY: m01-konsep-pendampingan/definitions

                ::uji-%1$s-1::Pendampingan berarti memudahkan, bukan mengendalikan.{TRUE}

                // the next question never closes its answers
                ::uji-%1$s-2::Siapa yang memecahkan masalah kelompok? {=Kelompok itu sendiri ~Pendamping
                """.formatted(run));
        assertThat(element("#gift-problems").getText()).contains("rusak.gift:6");
        assertThat(driver.findElements(By.id("gift-summary"))).isEmpty();
        assertThat(exportedQuestions()).isEqualTo(before);

        upload("baik.gift", """
                $CATEGORY: m01-konsep-pendampingan/definitions

                // level: recall
                ::uji-%1$s-1::Pendampingan berarti memudahkan, bukan mengendalikan.{TRUE}

                ::uji-%1$s-2::Siapa yang memecahkan masalah kelompok dalam pendampingan?{=Kelompok itu sendiri ~Pendamping ~Dinas}
                """.formatted(run));
        assertThat(element("#gift-added").getText()).isEqualTo("2");
        assertThat(exportedQuestions()).isEqualTo(before + 2);
    }

    private int exportedQuestions() {
        open("/manage/gift.xhtml");
        new org.openqa.selenium.support.ui.Select(element("#export\\:module")).selectByValue("m01-konsep-pendampingan");
        element("#export\\:prepare").click();
        String ready = element("#export\\:exportResult").getText();
        return Integer.parseInt(ready.replaceAll("(?s)^\\D*(\\d+).*$", "$1"));
    }

    private void upload(String name, String text) throws Exception {
        Path file = Files.createTempDirectory("gift").resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        open("/manage/gift.xhtml");
        driver.findElement(By.cssSelector("#gift-import input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        element("#import\\:upload").click();
        element(".ui-confirmdialog-yes").click();
        waiting().until(d -> !d.findElements(By.id("gift-problems")).isEmpty() || !d.findElements(By.id("gift-summary")).isEmpty());
    }
}
