package id.pendamping.assessment.web;

import id.pendamping.assessment.application.QuizAttempts;
import id.pendamping.assessment.application.QuizRefusal;
import id.pendamping.platform.web.RequestParameters;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The quizzes page's "start" and "continue" buttons: a plain POST (the session cookie is SameSite)
 * that starts an attempt, or finds the one in progress, and opens it. A double click opens the
 * same attempt twice rather than two attempts.
 */
@WebServlet("/learn/quiz/start")
public class QuizStartServlet extends HttpServlet {

    @Inject
    QuizAttempts attempts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long enrolment = RequestParameters.id(request, "e");
        String quiz = request.getParameter("q");
        if (enrolment == null || quiz == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        try {
            Long attempt = attempts.start(enrolment, quiz).attemptId();
            response.sendRedirect(request.getContextPath() + "/learn/quiz.xhtml?a=" + attempt);
        } catch (QuizRefusal refusal) {
            response.sendRedirect(request.getContextPath() + "/learn/quizzes.xhtml?e=" + enrolment + "&refused="
                    + URLEncoder.encode(refusal.reason().name().toLowerCase(Locale.ROOT), StandardCharsets.UTF_8));
        }
    }
}
