package id.pendamping.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** An admin creates staff accounts for a training centre and disables accounts. */
class AdminAccountsBrowserIT extends BrowserTest {

    @Test
    void adminCreatesAnAssessorWhoSignsInThenDisablesIt() {
        String username = "asesor" + (System.nanoTime() % 1_000_000);
        String password = "Kuat-sekali-2026";
        signIn("admin", DEMO_PASSWORD);
        createStaff("Asesor", username, DEMO_CENTER, password);
        signOut();

        signIn(username, password);
        assertThat(path()).isEqualTo("/assess/");
        signOut();

        signIn("admin", DEMO_PASSWORD);
        open("/admin/accounts.xhtml");
        type("#list\\:search", username);
        element("#list\\:searchButton").click();
        waiting().until(d -> d.findElements(By.cssSelector("#list\\:accounts_data tr[data-ri]")).size() == 1
                && d.findElement(By.cssSelector("#list\\:accounts_data")).getText().contains(username));
        element("#list\\:accounts_data .disable-button").click();
        element(".ui-confirmdialog-yes").click();
        waiting().until(d -> d.findElement(By.cssSelector("#list\\:accounts_data .status")).getText().equals("Nonaktif"));
        signOut();

        signIn(username, password);
        assertThat(path()).isEqualTo("/signin.xhtml");
        assertThat(element(".ui-messages-error").getText()).contains("kata sandi salah");
    }

    @Test
    void invalidStaffAccountIsRefusedOnItsField() {
        signIn("admin", DEMO_PASSWORD);
        open("/admin/accounts.xhtml");
        choose("#create\\:trainingCenter", 1);
        type("#create\\:username", "koordinator");
        type("#create\\:fullName", "Nama Ganda");
        type("#create\\:email", "ganda-" + System.nanoTime() + "@contoh.id");
        type("#create\\:password", "Sandi-cukup-kuat-1");
        element("#create\\:submit").click();
        waiting().until(d -> d.findElement(By.id("create")).getText().contains("Nama pengguna ini sudah dipakai"));
    }
}
