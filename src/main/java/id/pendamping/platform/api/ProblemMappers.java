package id.pendamping.platform.api;

import id.pendamping.identity.application.Caller;
import id.pendamping.platform.AccessDenied;
import id.pendamping.platform.InvalidInput;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The platform's exceptions as problem answers; anything unexpected is logged and answered 500 plainly. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    public static class Denied implements ExceptionMapper<AccessDenied> {
        @Inject
        ReaderLocale locale;

        @Inject
        Caller caller;

        @Override
        public Response toResponse(AccessDenied e) {
            if (!caller.isSignedIn()) {
                return Problem.of(Response.Status.UNAUTHORIZED, "unauthenticated", locale.get(), "api.problem.unauthenticated");
            }
            return Problem.of(Response.Status.FORBIDDEN, "forbidden", locale.get(), "api.problem.forbidden");
        }
    }

    @Provider
    public static class Invalid implements ExceptionMapper<InvalidInput> {
        @Inject
        ReaderLocale locale;

        @Override
        public Response toResponse(InvalidInput e) {
            return Problem.of(Response.Status.BAD_REQUEST, "invalid-input",
                    id.pendamping.platform.Messages.text(locale.get(), e.messageKey(), e.arguments()), e.field());
        }
    }

    @Provider
    public static class Http implements ExceptionMapper<WebApplicationException> {
        @Inject
        ReaderLocale locale;

        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            return Problem.of(status, "http-" + status.getStatusCode(), status.getReasonPhrase(), null);
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Inject
        ReaderLocale locale;

        @Override
        public Response toResponse(RuntimeException e) {
            LOG.log(Level.SEVERE, "API call failed", e);
            return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "internal", locale.get(), "api.problem.internal");
        }
    }
}
