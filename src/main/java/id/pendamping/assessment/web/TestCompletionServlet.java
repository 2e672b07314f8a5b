package id.pendamping.assessment.web;

import id.pendamping.assessment.application.RecordedCompletion;
import id.pendamping.platform.ClockProducer;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * POST /test-support/completion?username=U&amp;postTest=85 records that a trainee has studied every
 * lesson of their enrolments and has a graded post-test at that percentage, so the certificate
 * journeys need not replay a whole programme in the browser (the quiz and lesson journeys have
 * browser tests of their own). It exists only on a server started with
 * -Dpendamping.clock.adjustable=true: the initializer below does not register it otherwise.
 */
public class TestCompletionServlet extends HttpServlet {

    @Inject
    RecordedCompletion completion;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = request.getParameter("username");
        String percent = request.getParameter("postTest");
        if (username == null || percent == null || !percent.matches("\\d{1,3}")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "username=<trainee>&postTest=<0..100>");
            return;
        }
        int enrolments = completion.complete(username, new BigDecimal(percent));
        response.setContentType("text/plain");
        response.getWriter().print(enrolments);
    }

    /** Registers the servlet on test servers only. */
    @WebListener
    public static class Registration implements ServletContextListener {
        @Override
        public void contextInitialized(ServletContextEvent event) {
            if (ClockProducer.ADJUSTABLE) {
                event.getServletContext().addServlet("testCompletion", TestCompletionServlet.class)
                        .addMapping("/test-support/completion");
            }
        }
    }
}
