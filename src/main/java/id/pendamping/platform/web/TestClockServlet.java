package id.pendamping.platform.web;

import id.pendamping.platform.ClockProducer;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * POST /test-support/clock?advance=PT31M (or ?reset) moves the server clock, so browser tests can
 * reach a deadline without waiting. It exists only on a server started with
 * -Dpendamping.clock.adjustable=true: the initializer below does not register it otherwise.
 */
public class TestClockServlet extends HttpServlet {

    @Inject
    ClockProducer clocks;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if (request.getParameter("reset") != null) {
                clocks.adjustable().reset();
            } else {
                clocks.adjustable().advance(Duration.parse(request.getParameter("advance")));
            }
        } catch (DateTimeParseException | NullPointerException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "advance=<ISO-8601 duration> or reset");
            return;
        }
        response.setContentType("text/plain");
        response.getWriter().print(clocks.adjustable().offset());
    }

    /** Registers the servlet on test servers only. */
    @WebListener
    public static class Registration implements ServletContextListener {
        @Override
        public void contextInitialized(ServletContextEvent event) {
            if (ClockProducer.ADJUSTABLE) {
                event.getServletContext().addServlet("testClock", TestClockServlet.class).addMapping("/test-support/clock");
            }
        }
    }
}
