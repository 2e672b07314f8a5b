package id.pendamping.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A trainee registers themselves; bad input is refused field by field and creates nothing. */
class RegistrationBrowserIT extends BrowserTest {

    @Test
    void newTraineeRegistersAndSignsIn() {
        String email = registerTrainee("Rahmat Hidayat", "Kebun-kopi-2026");
        assertThat(element(".ui-messages-info").getText()).contains("Akun Anda sudah dibuat");
        signIn(email, "Kebun-kopi-2026");
        assertThat(path()).isEqualTo("/learn/");
    }

    @Test
    void duplicateEmailIsRefusedAndCreatesNothing() {
        String name = "Ganda Duplikat " + System.nanoTime();
        fillRegistration(name, "peserta@demo.pendamping.id", "Sawah-hijau-2026");
        assertThat(path()).isEqualTo("/register.xhtml");
        assertThat(element("#register\\:email + .ui-message, [id='register:email'] ~ .ui-message-error").getText())
                .contains("Email ini sudah terdaftar");
        assertThat(accountsNamed(name)).isZero();
    }

    @Test
    void weakPasswordIsRefusedOnItsField() {
        String name = "Sandi Lemah " + System.nanoTime();
        fillRegistration(name, "lemah-" + System.nanoTime() + "@contoh.id", "pendek1");
        assertThat(path()).isEqualTo("/register.xhtml");
        assertThat(driver.findElement(By.cssSelector("[id='register:password'] ~ .ui-message-error, .ui-message-error"))
                .getText()).contains("minimal 10 karakter");
        assertThat(accountsNamed(name)).isZero();
    }

    /** Counts accounts with this name through the admin's account search. */
    private int accountsNamed(String name) {
        driver.manage().deleteAllCookies();
        signIn("admin", DEMO_PASSWORD);
        open("/admin/accounts.xhtml");
        type("#list\\:search", name);
        element("#list\\:searchButton").click();
        waiting().until(d -> d.findElement(By.cssSelector("#list\\:accounts_data")).getText().contains("Tidak ada akun")
                || d.findElement(By.cssSelector("#list\\:accounts_data")).getText().contains(name));
        int rows = driver.findElements(By.cssSelector("#list\\:accounts_data tr[data-ri]")).size();
        signOut();
        return rows;
    }
}
