package id.pendamping.bench;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Certificates issued per second, end to end on the server: the coordinator's bulk issue of the
 * 1,000-trainee benchmark cohort (bench/certificate-throughput.sh), where each certificate is
 * numbered, rendered to PDF/A with its QR code, signed (PAdES, RSA 2048) and stored with its SHA-256.
 * Timed from the request that starts the job to the moment the progress shows every eligible
 * trainee holding a certificate (polled every 100 ms). Then checks that count.
 *
 * <p>Arguments: base URL. Exit code 1 when a certificate is missing or the job failed.
 */
public final class CertificateThroughput {

    static final JsonProvider JSON = JsonProvider.provider();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    private CertificateThroughput(String base) {
        this.base = base.replaceAll("/$", "");
    }

    public static void main(String[] args) throws Exception {
        System.exit(new CertificateThroughput(args.length > 0 ? args[0] : "http://localhost:8080").run());
    }

    private int run() throws Exception {
        long began = System.nanoTime();
        String cohort = send(HttpRequest.newBuilder(URI.create(base + "/bench-support/certificates"))
                .POST(HttpRequest.BodyPublishers.noBody()), 200).strip();
        System.out.printf("  cohort %s ready (no certificates, every trainee complete) in %.1f s, not measured%n", cohort,
                seconds(System.nanoTime() - began));
        String token = object(send(HttpRequest.newBuilder(URI.create(base + "/api/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"koordinator\",\"password\":\"demo-pendamping\"}")),
                201)).getString("token");
        URI issue = URI.create(base + "/api/cohorts/" + cohort + "/certificate-issue");

        long start = System.nanoTime();
        JsonObject progress = object(send(HttpRequest.newBuilder(issue).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")), 202));
        while (progress.getBoolean("running") || progress.getJsonNumber("issued").longValue()
                < progress.getJsonNumber("eligible").longValue() && !"FAILED".equals(progress.getString("job", ""))) {
            Thread.sleep(100);
            progress = object(send(HttpRequest.newBuilder(issue).header("Authorization", "Bearer " + token).GET(), 200));
        }
        double elapsed = seconds(System.nanoTime() - start);

        long eligible = progress.getJsonNumber("eligible").longValue();
        long issued = progress.getJsonNumber("issued").longValue();
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("issued %d certificates (render, sign, store) in %.2f s: %.0f per second, %.0f per core (%d cores)%n",
                issued, elapsed, issued / elapsed, issued / elapsed / cores, cores);
        System.out.printf("target >= 100 per second: %s%n", issued / elapsed >= 100 ? "PASS" : "FAIL");
        if (issued != eligible || eligible == 0 || "FAILED".equals(progress.getString("job", ""))) {
            System.out.printf("FAIL: %d of %d eligible trainees hold a certificate; job %s%n", issued, eligible,
                    progress.getString("job", "?"));
            return 1;
        }
        System.out.printf("PASS: every one of the %d eligible trainees holds exactly one certificate%n", eligible);
        return 0;
    }

    private String send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.build().uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    private static JsonObject object(String body) {
        return JSON.createReader(new StringReader(body)).readObject();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
