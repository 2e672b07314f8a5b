package id.pendamping.certification.web;

import id.pendamping.platform.JsonText;
import id.pendamping.platform.Messages;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rate limits the public certificate pages and API per client address (token buckets, by default 60
 * requests a minute with bursts of 20), so nobody can walk the register or guess codes in bulk.
 * Beyond it the answer is 429 with Retry-After, in both languages. The address is the connection's:
 * behind a reverse proxy, configure Undertow's proxy-address-forwarding so it is the visitor's.
 */
@WebFilter(urlPatterns = {"/verify/*", "/verify.xhtml", "/mentors.xhtml", "/api/certificates/*"})
public class VerificationRateLimit extends HttpFilter {

    private static final int PER_MINUTE = Integer.getInteger("pendamping.verify.per-minute", 60);
    private static final int BURST = Integer.getInteger("pendamping.verify.burst", 20);
    private static final int MAX_CLIENTS = 50_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() != jakarta.servlet.DispatcherType.REQUEST) {
            chain.doFilter(request, response);
            return;
        }
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(request.getRemoteAddr(), address -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(BURST).refillGreedy(PER_MINUTE, Duration.ofMinutes(1)).build())
                .build());
        if (bucket.tryConsume(1)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(429);
        response.setHeader("Retry-After", "60");
        // Both languages: a refused visitor may have no language chosen yet.
        String text = Messages.text(Locale.forLanguageTag("id"), "verify.tooMany") + " / "
                + Messages.text(Locale.ENGLISH, "verify.tooMany");
        byte[] body;
        if (request.getRequestURI().contains("/api/")) {
            response.setContentType("application/problem+json");
            body = JsonText.JSON.createObjectBuilder().add("type", "about:blank").add("title", "Too Many Requests")
                    .add("status", 429).add("detail", text).build().toString().getBytes(StandardCharsets.UTF_8);
        } else {
            response.setContentType("text/plain; charset=UTF-8");
            body = (text + "\n").getBytes(StandardCharsets.UTF_8);
        }
        response.getOutputStream().write(body);
    }
}
