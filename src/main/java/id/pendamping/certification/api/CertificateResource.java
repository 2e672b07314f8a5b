package id.pendamping.certification.api;

import static id.pendamping.platform.JsonText.JSON;

import id.pendamping.certification.application.CertificateIssuer;
import id.pendamping.certification.application.Verification;
import id.pendamping.certification.application.Verification.Verified;
import id.pendamping.platform.api.Problem;
import id.pendamping.platform.api.ReaderLocale;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.Optional;

/**
 * GET /api/certificates/{code}: public verification as JSON, no sign-in. Every printed field exactly
 * as stored at issue ("printed"), the standing today, the revocation reason, the successor of a
 * superseded certificate, and the SHA-256 of the issued PDF. Rate limited with the verification page.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class CertificateResource {

    @Inject
    Verification verification;

    @Inject
    ReaderLocale locale;

    @GET
    @Path("certificates/{code}")
    public Response verify(@PathParam("code") String code) {
        Optional<Verified> found = verification.byCode(code);
        if (found.isEmpty()) {
            return Problem.of(Response.Status.NOT_FOUND, "not-found", locale.get(), "api.problem.certificateNotFound");
        }
        Verified v = found.get();
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("code", v.code())
                .add("status", v.standing().name())
                .add("verificationUrl", CertificateIssuer.verificationUrl(v.code()))
                .add("sha256", v.sha256())
                .add("printed", JSON.createReader(new StringReader(v.printed().toJson())).readObject());
        if (v.revocationReason() != null) {
            body.add("revocationReason", v.revocationReason());
        }
        if (v.revokedOn() != null) {
            body.add("revokedOn", v.revokedOn().toString());
        }
        v.successor().ifPresent(s -> body.add("supersededBy", JSON.createObjectBuilder().add("number", s.number())
                .add("code", s.code()).add("verificationUrl", CertificateIssuer.verificationUrl(s.code()))));
        return Response.ok(body.build()).build();
    }
}
