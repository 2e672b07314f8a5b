package id.pendamping.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.testing.Deployments;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Public pages keep no server session (a crawler must not create one per visit), answer compressed,
 * and carry the security headers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void theHomePageIsStatelessCompressedAndProtectedByHeaders() throws Exception {
        HttpResponse<byte[]> response = get("/", "gzip");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).as("no session for a visitor").isEmpty();
        assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void verificationAndTheRegisterKeepNoSessionAndAnswerTheApiWithoutSignIn() throws Exception {
        for (String path : List.of("/verify", "/verify/" + "a".repeat(26), "/verify?q=0001/X/2026", "/mentors.xhtml?q=Sari")) {
            HttpResponse<byte[]> response = get(path, "identity");
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().allValues("Set-Cookie")).as("no session on " + path).isEmpty();
        }
        assertThat(get("/api/certificates/" + "a".repeat(26), "identity").statusCode()).isEqualTo(404);
    }

    @Test
    void errorPagesNeverShowAStackTrace() throws Exception {
        for (String path : List.of("/tidak-ada.xhtml", "/learn/lesson.xhtml?e=abc&l=x", "/verify/%3Cscript%3E",
                "/manage/cohort-certificates.xhtml?c=abc")) {
            HttpResponse<byte[]> response = get(path, "identity");
            String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(body).doesNotContainPattern("\\sat [a-z]+(\\.[a-zA-Z_$0-9]+)+\\(").doesNotContain("Exception:").doesNotContain("RES_NOT_FOUND");
        }
    }

    private HttpResponse<byte[]> get(String path, String encoding) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return client.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .header("Accept-Encoding", encoding).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
