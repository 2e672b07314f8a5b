package id.pendamping.learning.api;

import id.pendamping.learning.application.StudyService;
import id.pendamping.learning.domain.Enrolment;
import jakarta.inject.Inject;
import static id.pendamping.platform.JsonText.JSON;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * GET /api/enrolments: the caller's enrolments, so a script knows which enrolment id to start a quiz
 * with. The class path is "" like AttemptResource's: a root path "enrolments" would capture
 * /enrolments/{id}/quizzes too, and JAX-RS does not look for methods in a second root class.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class EnrolmentResource {

    @Inject
    StudyService study;

    @GET
    @Path("enrolments")
    public JsonArray mine() {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (StudyService.ProgrammeView view : study.myTraining()) {
            Enrolment enrolment = view.enrolment();
            list.add(JSON.createObjectBuilder()
                    .add("id", enrolment.getId())
                    .add("cohort", enrolment.getCohort().getName())
                    .add("programme", enrolment.getCohort().getProgramme().getCode())
                    .add("status", enrolment.getStatus().name()));
        }
        return list.build();
    }
}
