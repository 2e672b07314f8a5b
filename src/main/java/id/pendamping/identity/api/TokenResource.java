package id.pendamping.identity.api;

import id.pendamping.identity.application.ApiTokens;
import id.pendamping.platform.api.Problem;
import id.pendamping.platform.api.ReaderLocale;
import jakarta.inject.Inject;
import static id.pendamping.platform.JsonText.JSON;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** POST /api/tokens with {"username","password"}: a bearer token for scripts. */
@Path("tokens")
public class TokenResource {

    @Inject
    ApiTokens tokens;

    @Inject
    ReaderLocale locale;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response issue(JsonObject credentials) {
        String username = credentials.getString("username", "");
        String password = credentials.getString("password", "");
        try {
            ApiTokens.Issued issued = tokens.issue(username, password);
            return Response.status(Response.Status.CREATED).entity(JSON.createObjectBuilder()
                    .add("token", issued.token()).add("tokenType", "Bearer")
                    .add("expiresAt", issued.expiresAt().toString()).build()).build();
        } catch (ApiTokens.SignInRefused refused) {
            return refused.locked()
                    ? Problem.of(Response.Status.TOO_MANY_REQUESTS, "sign-in-locked", locale.get(), "api.problem.locked")
                    : Problem.of(Response.Status.UNAUTHORIZED, "sign-in-failed", locale.get(), "api.problem.signInFailed");
        }
    }
}
