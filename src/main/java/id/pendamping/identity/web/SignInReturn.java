package id.pendamping.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The sign-in page's address when a protected page sends a visitor there: it carries the page they
 * wanted, so they arrive on it after signing in. Evaluated by Jakarta Security for each such request.
 */
@Named
@RequestScoped
public class SignInReturn {

    @Inject
    HttpServletRequest request;

    public String getLoginPage() {
        String wanted = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return "/signin.xhtml?return=" + URLEncoder.encode(wanted, StandardCharsets.UTF_8);
    }

    /** Only a path on this site, never an address elsewhere a crafted link could send someone to. */
    public static String safeLocalPath(String requested, String fallback) {
        if (requested == null || !requested.startsWith("/") || requested.startsWith("//") || requested.contains("\\")
                || requested.contains("\r") || requested.contains("\n") || requested.startsWith("/signin.xhtml")) {
            return fallback;
        }
        return requested;
    }
}
