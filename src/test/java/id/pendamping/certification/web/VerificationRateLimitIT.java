package id.pendamping.certification.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.testing.Deployments;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Public verification is rate limited per client address: a burst of 20 is served, then the same
 * address gets 429 with Retry-After and a problem body in both languages, while another address is
 * still served. The requests come from their own loopback addresses (127.0.0.2 and 127.0.0.3), so
 * the buckets the browser tests use from 127.0.0.1 are not touched.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VerificationRateLimitIT {

    private static final int BURST = 20;
    private static final String UNKNOWN = "/api/certificates/" + "a".repeat(26);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAddressPastItsBurstIsRefusedWith429AndAnotherAddressIsStillServed() throws IOException {
        List<Answer> answers = new ArrayList<>();
        // The bucket refills one request a second, so a slow machine may need a few more than the burst.
        for (int i = 0; i < 2 * BURST && answers.stream().noneMatch(a -> a.status() == 429); i++) {
            answers.add(get("127.0.0.2", UNKNOWN));
        }
        assertThat(answers.subList(0, BURST)).as("the burst is served").extracting(Answer::status).containsOnly(404);
        Answer refused = answers.get(answers.size() - 1);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.head()).containsIgnoringCase("Retry-After: 60").containsIgnoringCase("application/problem+json");
        assertThat(refused.body()).contains("\"status\":429", "Terlalu banyak permintaan verifikasi",
                "Too many verification requests");

        assertThat(get("127.0.0.3", UNKNOWN).status()).as("another address").isEqualTo(404);
        assertThat(get("127.0.0.2", "/").status()).as("pages outside verification").isEqualTo(200);
    }

    private record Answer(int status, String head, String body) {
    }

    /**
     * One HTTP/1.1 GET to the server on 127.0.0.1 sent from the given local loopback address
     * (java.net.http cannot choose it on Java 17).
     */
    private Answer get(String from, String path) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), base.getPort(), InetAddress.getByName(from), 0)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + base.getPath().replaceAll("/$", "") + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try (InputStream in = socket.getInputStream()) {
                String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                int end = response.indexOf("\r\n\r\n");
                String head = end < 0 ? response : response.substring(0, end);
                return new Answer(Integer.parseInt(head.substring(9, 12)), head, end < 0 ? "" : response.substring(end + 4));
            }
        }
    }
}
