package id.pendamping.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.testing.BrowserTest;
import org.junit.jupiter.api.Test;

/** Signing in and out, landing by role, the areas each role may open, and the lockout. */
class SignInBrowserIT extends BrowserTest {

    @Test
    void homePageSpeaksIndonesianByDefault() {
        open("/");
        assertThat(driver.findElement(org.openqa.selenium.By.tagName("html")).getAttribute("lang")).isEqualTo("id");
        assertThat(heading()).isEqualTo("Belajar, diuji, dan tersertifikasi sebagai pendamping");
    }

    @Test
    void traineeLandsOnMyTraining() {
        assertLandsOnHome("peserta", "/learn/", "Pelatihan saya");
    }

    @Test
    void assessorLandsOnAssessment() {
        assertLandsOnHome("asesor", "/assess/", "Asesmen kompetensi");
    }

    @Test
    void coordinatorLandsOnManageTraining() {
        assertLandsOnHome("koordinator", "/manage/", "Kelola pelatihan");
    }

    @Test
    void adminLandsOnAdministration() {
        assertLandsOnHome("admin", "/admin/", "Administrasi");
    }

    @Test
    void eachRoleIsRefusedTheOtherAreas() {
        String[][] rolesAndAreas = {
                {"peserta", "/learn/"}, {"asesor", "/assess/"}, {"koordinator", "/manage/"}, {"admin", "/admin/"}};
        for (String[] own : rolesAndAreas) {
            signIn(own[0], DEMO_PASSWORD);
            for (String[] other : rolesAndAreas) {
                if (other != own) {
                    open(other[1]);
                    assertThat(heading()).as("%s opening %s", own[0], other[1]).isEqualTo("Akses ditolak");
                }
            }
            open(own[1]);
            assertThat(heading()).isNotEqualTo("Akses ditolak");
            signOut();
        }
    }

    @Test
    void traineeOpeningManageGetsForbiddenPage() {
        signIn("peserta", DEMO_PASSWORD);
        open("/manage/");
        assertThat(heading()).isEqualTo("Akses ditolak");
        assertThat(driver.getPageSource()).doesNotContainPattern("\\sat [a-z]+(\\.[a-zA-Z_$0-9]+)+\\(").doesNotContain("Exception:");
    }

    @Test
    void anonymousVisitorIsSentToSignInAndBack() {
        open("/admin/accounts.xhtml");
        assertThat(path()).isEqualTo("/signin.xhtml");
        type("#signin\\:username", "admin");
        type("#signin\\:password", DEMO_PASSWORD);
        element("#signin\\:submit").click();
        waiting().until(d -> path().equals("/admin/accounts.xhtml"));
        assertThat(heading()).isEqualTo("Akun");
    }

    @Test
    void unknownPageShowsNotFound() {
        open("/tidak-ada-halaman-ini.xhtml");
        assertThat(heading()).isEqualTo("Halaman tidak ditemukan");
    }

    @Test
    void wrongPasswordIsRefused() {
        signIn("peserta", "bukan-kata-sandinya-1");
        assertThat(path()).isEqualTo("/signin.xhtml");
        assertThat(element(".ui-messages-error").getText()).contains("Nama pengguna atau kata sandi salah.");
    }

    @Test
    void fiveWrongPasswordsLockTheAccount() {
        String password = "Rahasia-desa-2026";
        String email = registerTrainee("Lina Kuncian", password);
        for (int i = 1; i <= 4; i++) {
            signIn(email, "salah-sandi-" + i);
            assertThat(element(".ui-messages-error").getText()).contains("kata sandi salah");
        }
        signIn(email, "salah-sandi-5");
        assertThat(element(".ui-messages-error").getText()).contains("dikunci selama 15 menit");
        signIn(email, password);
        assertThat(path()).as("the right password is refused while locked").isEqualTo("/signin.xhtml");
        assertThat(element(".ui-messages-error").getText()).contains("dikunci selama 15 menit");
    }

    @Test
    void unknownNameLocksLikeAKnownOne() {
        String unknown = "tidak-ada-" + System.nanoTime() + "@contoh.id";
        for (int i = 1; i <= 5; i++) {
            signIn(unknown, "salah-sandi-" + i);
        }
        assertThat(element(".ui-messages-error").getText()).contains("dikunci selama 15 menit");
    }

    @Test
    void signOutEndsTheSession() {
        signIn("koordinator", DEMO_PASSWORD);
        signOut();
        open("/manage/");
        assertThat(path()).isEqualTo("/signin.xhtml");
    }

    private void assertLandsOnHome(String username, String homePath, String homeHeading) {
        signIn(username, DEMO_PASSWORD);
        assertThat(path()).isEqualTo(homePath);
        assertThat(heading()).isEqualTo(homeHeading);
        assertThat(element(".signout-form .who").getText()).isEqualTo(username);
    }
}
