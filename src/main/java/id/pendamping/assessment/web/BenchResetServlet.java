package id.pendamping.assessment.web;

import id.pendamping.assessment.application.BenchReset;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * POST /bench-support/reset removes the benchmark cohort's attempts, so bench/quiz-load.sh can
 * measure on a warm server after a warm-up run. Registered only on a server started with
 * -Dpendamping.bench-trainees; it does not exist otherwise.
 */
public class BenchResetServlet extends HttpServlet {

    @Inject
    BenchReset reset;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        reset.reset();
        response.setContentType("text/plain");
        response.getWriter().print("reset");
    }

    /** Registers the servlet on benchmark servers only. */
    @WebListener
    public static class Registration implements ServletContextListener {
        @Override
        public void contextInitialized(ServletContextEvent event) {
            if (BenchReset.enabled()) {
                event.getServletContext().addServlet("benchReset", BenchResetServlet.class).addMapping("/bench-support/reset");
            }
        }
    }
}
