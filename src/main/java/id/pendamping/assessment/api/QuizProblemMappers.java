package id.pendamping.assessment.api;

import id.pendamping.assessment.application.QuizRefusal;
import id.pendamping.assessment.domain.ResponseCodec;
import id.pendamping.platform.Messages;
import id.pendamping.platform.api.Problem;
import id.pendamping.platform.api.ReaderLocale;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Quiz refusals (409, or 404 for what is not the caller's) and unfit answers (400) as problems. */
public final class QuizProblemMappers {

    private QuizProblemMappers() {
    }

    @Provider
    public static class Refused implements ExceptionMapper<QuizRefusal> {
        @Inject
        ReaderLocale locale;

        @Override
        public Response toResponse(QuizRefusal refusal) {
            Response.Status status = refusal.reason() == QuizRefusal.Reason.NOT_FOUND ? Response.Status.NOT_FOUND
                    : Response.Status.CONFLICT;
            return Problem.of(status, refusal.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    locale.get(), refusal.messageKey());
        }
    }

    @Provider
    public static class Unfit implements ExceptionMapper<ResponseCodec.Unfit> {
        @Inject
        ReaderLocale locale;

        @Override
        public Response toResponse(ResponseCodec.Unfit unfit) {
            return Problem.of(Response.Status.BAD_REQUEST, "unfit-answer",
                    Messages.text(locale.get(), "quiz.refused.unfit", unfit.getMessage()), "response");
        }
    }
}
