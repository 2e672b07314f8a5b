package id.pendamping.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.identity.domain.PasswordPolicy;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongMixedPassword() {
        assertThat(PasswordPolicy.problemWith("Kebun-kopi-2026", "Rahmat Hidayat", "rahmat@contoh.id")).isEmpty();
    }

    @Test
    void refusesShortPasswords() {
        assertThat(PasswordPolicy.problemWith("Ab-12345")).contains("password.tooShort");
        assertThat(PasswordPolicy.problemWith(null)).contains("password.tooShort");
    }

    @Test
    void refusesOneKindOfCharacter() {
        assertThat(PasswordPolicy.problemWith("hanyahurufsaja")).contains("password.tooSimple");
        assertThat(PasswordPolicy.problemWith("12345678901")).contains("password.tooSimple");
    }

    @Test
    void refusesPasswordsMadeOfTheNameOrEmail() {
        assertThat(PasswordPolicy.problemWith("Hidayat-2026!", "Rahmat Hidayat")).contains("password.personal");
        assertThat(PasswordPolicy.problemWith("contoh12345", "budi@contoh.id")).contains("password.personal");
    }

    @Test
    void refusesAbsurdlyLongPasswords() {
        assertThat(PasswordPolicy.problemWith("a1".repeat(65))).contains("password.tooLong");
    }
}
