package id.pendamping.certification.web;

import id.pendamping.certification.application.Verification;
import id.pendamping.certification.application.Verification.Verified;
import id.pendamping.certification.domain.VerificationCode;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Public verification addresses, no sign-in:
 * <ul>
 * <li>GET /verify/{code}: the certificate's page (the address in its QR code);</li>
 * <li>GET /verify?q=...: a code or a printed number typed by a visitor, sent on to its page;</li>
 * <li>POST /verify/{code} or /verify with a PDF: is this file exactly the one issued?</li>
 * </ul>
 * The page itself is verify.xhtml, a stateless view; this servlet only reads the address and the
 * upload and hands the page what it found. Nothing here creates a session.
 */
@WebServlet("/verify/*")
@MultipartConfig(maxFileSize = VerifyServlet.MAX_UPLOAD, maxRequestSize = VerifyServlet.MAX_UPLOAD + 64 * 1024)
public class VerifyServlet extends HttpServlet {

    static final long MAX_UPLOAD = 10L * 1024 * 1024;
    static final String CODE = "verify.code";
    static final String FILE_CHECK = "verify.fileCheck";
    static final String NOT_FOUND = "verify.notFound";
    static final String MATCHED = "verify.matchedCode";

    /** What an uploaded file turned out to be. */
    public enum FileCheck { MATCH, OTHER_CERTIFICATE, NO_MATCH, NOT_PDF, TOO_LARGE }

    @Inject
    Verification verification;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String code = codeInPath(request);
        if (code == null) {
            String query = request.getParameter("q");
            if (query != null && !query.isBlank()) {
                String typed = query.strip();
                Optional<String> found = VerificationCode.isWellFormed(typed.toLowerCase(java.util.Locale.ROOT))
                        ? Optional.of(typed.toLowerCase(java.util.Locale.ROOT)) : verification.codeOfNumber(typed);
                if (found.isPresent()) {
                    response.sendRedirect(request.getContextPath() + "/verify/" + found.get());
                    return;
                }
                request.setAttribute(NOT_FOUND, Boolean.TRUE);
            }
        } else {
            request.setAttribute(CODE, code);
        }
        show(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String code = codeInPath(request);
        if (code != null) {
            request.setAttribute(CODE, code);
        }
        byte[] pdf;
        try {
            Part part = request.getPart("document");
            if (part == null || part.getSize() == 0) {
                request.setAttribute(FILE_CHECK, FileCheck.NOT_PDF);
                show(request, response);
                return;
            }
            try (InputStream in = part.getInputStream()) {
                pdf = in.readAllBytes();
            }
        } catch (IllegalStateException tooLarge) {
            request.setAttribute(FILE_CHECK, FileCheck.TOO_LARGE);
            show(request, response);
            return;
        }
        if (pdf.length < 5 || !new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            request.setAttribute(FILE_CHECK, FileCheck.NOT_PDF);
        } else {
            Optional<Verified> issued = verification.byDocument(pdf);
            if (issued.isEmpty()) {
                request.setAttribute(FILE_CHECK, FileCheck.NO_MATCH);
            } else if (code == null || issued.get().code().equals(code)) {
                request.setAttribute(CODE, issued.get().code());
                request.setAttribute(FILE_CHECK, FileCheck.MATCH);
            } else {
                request.setAttribute(FILE_CHECK, FileCheck.OTHER_CERTIFICATE);
                request.setAttribute(MATCHED, issued.get().code());
            }
        }
        show(request, response);
    }

    private static void show(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.getRequestDispatcher("/verify.xhtml").forward(request, response);
    }

    /** The code in /verify/{code}; anything that cannot be a code is treated as no code. */
    private static String codeInPath(HttpServletRequest request) {
        String path = request.getPathInfo();
        if (path == null || path.length() < 2) {
            return null;
        }
        String code = path.substring(1);
        // A code that cannot exist is looked up as "" and so shows "not found", never an error.
        return VerificationCode.isWellFormed(code) ? code : "";
    }
}
