package id.pendamping.learning.web;

import id.pendamping.learning.application.ModuleLocked;
import id.pendamping.learning.application.StudyService;
import id.pendamping.platform.web.RequestParameters;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The lesson reader's "studied" button: a plain POST (the session cookie is SameSite, so another
 * site cannot send it) that records the mark and moves on to the next lesson. Keeping it out of JSF
 * lets the lesson page be a stateless view, which keeps it small for phones on weak connections.
 * Marking twice, or a resent request, changes nothing.
 */
@WebServlet("/learn/studied")
public class LessonStudiedServlet extends HttpServlet {

    @Inject
    StudyService study;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long enrolment = RequestParameters.id(request, "e");
        if (enrolment == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String lessonKey = request.getParameter("l");
        String next;
        try {
            next = study.markStudied(enrolment, lessonKey);
        } catch (ModuleLocked locked) {
            response.sendRedirect(request.getContextPath() + "/learn/module.xhtml?e=" + enrolment + "&m=" + locked.moduleKey());
            return;
        }
        response.sendRedirect(request.getContextPath() + (next == null
                ? "/learn/"
                : "/learn/lesson.xhtml?e=" + enrolment + "&l=" + next));
    }
}
