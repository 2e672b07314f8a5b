package id.pendamping.identity.web;

import id.pendamping.identity.application.AccountService;
import id.pendamping.platform.web.Language;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * The language switch in every page's header: a plain POST (no JSF form, so public pages keep no
 * session), then back to the page the reader was on. A signed-in person's choice is stored on their
 * account so it follows them to another device.
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    @Inject
    AccountService accounts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getParameter("lang");
        if (code == null || !Language.SUPPORTED.contains(code)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.addCookie(Language.cookieFor(code, request.isSecure()));
        HttpSession session = request.getSession(false);
        if (request.getUserPrincipal() != null) {
            accounts.preferLanguage(request.getUserPrincipal().getName(), code);
            if (session != null) {
                session.setAttribute(Language.SESSION_ATTRIBUTE, code);
            }
        }
        response.sendRedirect(SignInReturn.safeLocalPath(request.getParameter("return"), "/"));
    }
}
