package id.pendamping.certification.web;

import id.pendamping.assessment.application.BenchReset;
import id.pendamping.certification.application.BenchCertificates;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * POST /bench-support/certificates readies the benchmark cohort for bench/certificate-throughput.sh
 * (no certificates, every trainee complete) and answers its id. Registered only on a server started
 * with -Dpendamping.bench-trainees; it does not exist otherwise.
 */
public class BenchCertificatesServlet extends HttpServlet {

    @Inject
    BenchCertificates bench;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long cohort = bench.prepare();
        response.setContentType("text/plain");
        response.getWriter().print(cohort);
    }

    /** Registers the servlet on benchmark servers only. */
    @WebListener
    public static class Registration implements ServletContextListener {
        @Override
        public void contextInitialized(ServletContextEvent event) {
            if (BenchReset.enabled()) {
                event.getServletContext().addServlet("benchCertificates", BenchCertificatesServlet.class)
                        .addMapping("/bench-support/certificates");
            }
        }
    }
}
