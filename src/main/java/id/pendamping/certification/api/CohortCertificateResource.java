package id.pendamping.certification.api;

import static id.pendamping.platform.JsonText.JSON;

import id.pendamping.certification.application.BulkIssue;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A coordinator's bulk issue from a script: POST /api/cohorts/{cohort}/certificate-issue starts (or
 * resumes) the job that issues every eligible certificate of a cohort of their centre, and GET on
 * the same address reports its progress. The services check the role and the centre.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class CohortCertificateResource {

    @Inject
    BulkIssue bulkIssue;

    @POST
    @Path("cohorts/{cohort}/certificate-issue")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@PathParam("cohort") long cohort, JsonObject body) {
        long execution = bulkIssue.restart(cohort);
        return Response.accepted(progress(bulkIssue.progress(cohort)).add("execution", execution).build()).build();
    }

    @GET
    @Path("cohorts/{cohort}/certificate-issue")
    public JsonObject progress(@PathParam("cohort") long cohort) {
        return progress(bulkIssue.progress(cohort)).build();
    }

    private static JsonObjectBuilder progress(BulkIssue.Progress progress) {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("eligible", progress.eligible())
                .add("issued", progress.issued())
                .add("percent", progress.percent())
                .add("running", progress.running());
        progress.job().ifPresent(status -> body.add("job", status.name()));
        return body;
    }
}
