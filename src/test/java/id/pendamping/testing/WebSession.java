package id.pendamping.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person signed in over plain HTTP, as a browser would be but without one: the sign-in form is
 * fetched, filled (with its hidden fields, the JSF view state among them) and posted, and the
 * session cookie is kept for the requests that follow. For tests of access rules and downloads,
 * which need the real URL rules and no page to look at. (Deployed into the server with the tests
 * that use it, so it has one nested class only: {@link Page}.)
 */
public final class WebSession {

    private static final Pattern INPUT = Pattern.compile("<input[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)=\"([^\"]*)\"");

    private final String base;
    private final HttpClient http;

    /** An answer: its status, the path it came from (after redirects), its type and its body. */
    public record Page(int status, String path, String contentType, byte[] bytes) {

        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private WebSession(URL application) {
        this.base = application.toString().replaceAll("/$", "");
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Signs in with the form; fails when the server keeps the person on the sign-in page. */
    public static WebSession signedIn(URL application, String username, String password) {
        WebSession session = new WebSession(application);
        Page form = session.get("/signin.xhtml");
        Page signedIn = session.post(form, "signin", Map.of("signin:username", username, "signin:password", password,
                "signin:submit", ""), null);
        if (signedIn.path().endsWith("/signin.xhtml")) {
            throw new IllegalStateException("sign-in refused for " + username + " (status " + signedIn.status() + ")");
        }
        return session;
    }

    /** A page or a file. */
    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /**
     * Posts a form of a page as its submit button would: its hidden fields (the view state) and the
     * given fields, to the form's address, or to that address with this query instead of its own
     * (null keeps it), the way someone changes an id in the address before posting.
     */
    public Page post(Page page, String formId, Map<String, String> fields, String query) {
        String html = page.body();
        int start = html.indexOf("id=\"" + formId + "\"");
        if (start < 0) {
            throw new IllegalArgumentException("no form " + formId + " on " + page.path());
        }
        int formStart = html.lastIndexOf("<form", start);
        int formEnd = html.indexOf("</form>", start);
        String form = html.substring(formStart, formEnd < 0 ? html.length() : formEnd);
        Map<String, String> formAttributes = attributes(form.substring(0, form.indexOf('>') + 1));
        Map<String, String> values = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form);
        while (input.find()) {
            Map<String, String> attributes = attributes(input.group());
            if ("hidden".equals(attributes.get("type")) && attributes.containsKey("name")) {
                values.put(attributes.get("name"), attributes.getOrDefault("value", ""));
            }
        }
        values.putAll(fields);
        String action = formAttributes.getOrDefault("action", page.path());
        if (query != null) {
            action = action.replaceAll("\\?.*$", "") + "?" + query;
        }
        URI target = URI.create(base + "/").resolve(action);
        String body = values.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(target).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Page(response.statusCode(), response.uri().getPath(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(tag);
        while (attribute.find()) {
            attributes.put(attribute.group(1), attribute.group(2).replace("&amp;", "&"));
        }
        return attributes;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
