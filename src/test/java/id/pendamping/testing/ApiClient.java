package id.pendamping.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small JSON client for the API, signed in with a bearer token, for integration tests. */
public final class ApiClient {

    /** A status and the JSON body (an object or an array), or null when the body is not JSON. */
    public record Reply(int status, JsonStructure json) {

        public JsonObject object() {
            return (JsonObject) json;
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;
    private final String token;

    private ApiClient(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** @param application the deployment's URL, as Arquillian injects it */
    public static ApiClient anonymous(URL application) {
        return new ApiClient(application.toString().replaceAll("/$", "") + "/api/", null);
    }

    public static ApiClient signedIn(URL application, String username, String password) {
        ApiClient anonymous = anonymous(application);
        Reply reply = anonymous.post("tokens", Json.createObjectBuilder().add("username", username).add("password", password).build());
        if (reply.status() != 201) {
            throw new IllegalStateException("no token for " + username + ": " + reply);
        }
        return new ApiClient(anonymous.base, reply.object().getString("token"));
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, JsonObject body) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public Reply put(String path, JsonObject body) {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonStructure json = null;
            String body = response.body();
            if (body != null && (body.startsWith("{") || body.startsWith("["))) {
                json = Json.createReader(new StringReader(body)).read();
            }
            return new Reply(response.statusCode(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
