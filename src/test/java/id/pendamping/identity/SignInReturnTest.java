package id.pendamping.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.identity.web.SignInReturn;
import org.junit.jupiter.api.Test;

/** Redirects after sign-in and after a language switch stay on this site. */
class SignInReturnTest {

    @Test
    void returnsOnlyToPathsOnThisSite() {
        assertThat(SignInReturn.safeLocalPath("/learn/", "/")).isEqualTo("/learn/");
        assertThat(SignInReturn.safeLocalPath("/admin/accounts.xhtml?q=1", "/")).isEqualTo("/admin/accounts.xhtml?q=1");
        assertThat(SignInReturn.safeLocalPath("https://jahat.example/", "/")).isEqualTo("/");
        assertThat(SignInReturn.safeLocalPath("//jahat.example/", "/")).isEqualTo("/");
        assertThat(SignInReturn.safeLocalPath("/\\jahat.example", "/")).isEqualTo("/");
        assertThat(SignInReturn.safeLocalPath("/x\r\nSet-Cookie: a=b", "/")).isEqualTo("/");
        assertThat(SignInReturn.safeLocalPath(null, "/home")).isEqualTo("/home");
    }
}
