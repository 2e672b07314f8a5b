package id.pendamping.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.testing.BrowserTest;
import org.junit.jupiter.api.Test;

/** Bahasa Indonesia by default; English on request, remembered for the person on any device. */
class LanguageBrowserIT extends BrowserTest {

    @Test
    void switchingLanguageChangesThePageText() {
        open("/");
        assertThat(heading()).isEqualTo("Belajar, diuji, dan tersertifikasi sebagai pendamping");
        switchLanguage("en");
        assertThat(heading()).isEqualTo("Learn, be assessed and be certified as a mentor");
        assertThat(element("#signin-link").getText()).isEqualTo("Sign in");
        switchLanguage("id");
        assertThat(heading()).isEqualTo("Belajar, diuji, dan tersertifikasi sebagai pendamping");
    }

    @Test
    void choiceIsRememberedForTheSignedInPersonOnAnotherDevice() {
        String password = "Pohon-mangga-77";
        String email = registerTrainee("Yuni Bahasa", password);
        signIn(email, password);
        switchLanguage("en");
        assertThat(heading()).isEqualTo("My training");
        signOut();
        driver.manage().deleteAllCookies(); // another device: no cookie, only the account remembers
        open("/");
        assertThat(heading()).isEqualTo("Belajar, diuji, dan tersertifikasi sebagai pendamping");
        signIn(email, password);
        assertThat(path()).isEqualTo("/learn/");
        assertThat(heading()).isEqualTo("My training");
    }
}
