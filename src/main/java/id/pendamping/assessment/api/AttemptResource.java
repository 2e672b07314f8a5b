package id.pendamping.assessment.api;

import id.pendamping.assessment.application.QuizAttempts;
import id.pendamping.assessment.application.QuizCatalog;
import id.pendamping.platform.api.ReaderLocale;
import jakarta.inject.Inject;
import static id.pendamping.platform.JsonText.JSON;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Attempts over HTTP: what the quiz page itself calls, and what scripts may call with a token.
 * start, save an answer, submit, status; and the quizzes of an enrolment. Described in openapi.yaml.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class AttemptResource {

    @Inject
    QuizAttempts attempts;

    @Inject
    QuizCatalog catalog;

    @Inject
    ReaderLocale locale;

    @GET
    @Path("enrolments/{enrolment}/quizzes")
    public JsonValue quizzes(@PathParam("enrolment") long enrolment) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        catalog.quizzesOf(enrolment).forEach(standing -> list.add(AttemptJson.standing(standing, locale.get())));
        return list.build();
    }

    /**
     * Starts an attempt, or returns the one in progress (200 instead of 201), with its deadline, its
     * items and any answers saved: on a phone's slow connection the quiz is on screen after one
     * round trip, and a class starting in the same minute costs the server one request a trainee.
     */
    @POST
    @Path("attempts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(JsonObject request) {
        long enrolment = whole(request, "enrolmentId");
        if (!(request.get("quizCode") instanceof JsonString quiz)) {
            throw new BadRequestException("quizCode is required");
        }
        QuizCatalog.StartedAttempt attempt = attempts.startAndShow(enrolment, quiz.getString());
        JsonObject body = AttemptJson.attempt(attempt.view(), locale.get());
        return attempt.started().resumed() ? Response.ok(body).build()
                : Response.created(URI.create("attempts/" + attempt.started().attemptId())).entity(body).build();
    }

    @GET
    @Path("attempts/{id}")
    public JsonObject status(@PathParam("id") long id) {
        return AttemptJson.attempt(catalog.view(id), locale.get());
    }

    /** Saves the answer to one item: {"sequence": n, "response": {...}}. Idempotent. */
    @PUT
    @Path("attempts/{id}/answers/{position}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject save(@PathParam("id") long id, @PathParam("position") int position, JsonObject request) {
        long sequence = whole(request, "sequence");
        if (!(request.get("response") instanceof JsonObject response)) {
            throw new BadRequestException("response must be a JSON object");
        }
        return AttemptJson.saved(attempts.save(id, position, response.toString(), sequence));
    }

    private static long whole(JsonObject request, String field) {
        if (request.get(field) instanceof JsonNumber number && number.isIntegral()) {
            return number.longValue();
        }
        throw new BadRequestException(field + " must be a whole number");
    }

    /** Submits the attempt ({} as the body) and answers with it graded. Submitting again changes nothing. */
    @POST
    @Path("attempts/{id}/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject submit(@PathParam("id") long id, JsonObject ignored) {
        attempts.submit(id);
        return AttemptJson.attempt(catalog.view(id), locale.get());
    }
}
