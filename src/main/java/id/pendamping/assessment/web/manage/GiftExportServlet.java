package id.pendamping.assessment.web.manage;

import id.pendamping.assessment.application.GiftExchange;
import id.pendamping.platform.AccessDenied;
import id.pendamping.platform.InvalidInput;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * /manage/gift-export?module=KEY&amp;lang=id|en: a module's items as a GIFT file, downloaded as
 * {@code KEY.gift.txt} in UTF-8. Under /manage, so only coordinators reach it; the service checks
 * the role again. Reading only, so a plain GET is right.
 */
@WebServlet(GiftExportServlet.PATH)
public class GiftExportServlet extends HttpServlet {

    static final String PATH = "/manage/gift-export";

    @Inject
    GiftExchange exchange;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String module = request.getParameter("module");
        // Anything that cannot be a module key is refused before it could reach the file name header.
        if (module == null || !module.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,79}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale language = Locale.forLanguageTag("en".equals(request.getParameter("lang")) ? "en" : "id");
        GiftExchange.Export export;
        try {
            export = exchange.export(module, language);
        } catch (AccessDenied denied) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (InvalidInput unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body = export.text().getBytes(StandardCharsets.UTF_8);
        // text/plain with an attachment: the browser saves the file and never renders what the items say.
        response.setContentType("text/plain; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + export.moduleKey() + ".gift.txt\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }
}
