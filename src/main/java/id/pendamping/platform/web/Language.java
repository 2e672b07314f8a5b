package id.pendamping.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Set;

/**
 * The language a page speaks. Bahasa Indonesia unless the reader chose English: a signed-in
 * person's choice is kept on their account (copied into the session at sign-in), a visitor's in a
 * cookie. Resolved per request without creating a session, so public pages stay stateless.
 */
@Named
@RequestScoped
public class Language {

    public static final String COOKIE = "lang";
    public static final String SESSION_ATTRIBUTE = "pendamping.language";
    public static final Set<String> SUPPORTED = Set.of("id", "en");
    public static final String DEFAULT = "id";

    @Inject
    HttpServletRequest request;

    private String code;

    public String getCode() {
        if (code == null) {
            code = resolve();
        }
        return code;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(getCode());
    }

    public boolean isEnglish() {
        return "en".equals(getCode());
    }

    private String resolve() {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof String chosen) {
            return chosen;
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && SUPPORTED.contains(cookie.getValue())) {
                    return cookie.getValue();
                }
            }
        }
        return DEFAULT;
    }

    /** Remembers a choice in the visitor's browser; the caller also stores it for a signed-in person. */
    public static Cookie cookieFor(String languageCode, boolean secure) {
        Cookie cookie = new Cookie(COOKIE, languageCode);
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
