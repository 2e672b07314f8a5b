package id.pendamping.identity.api;

import id.pendamping.identity.application.ApiTokens;
import id.pendamping.identity.application.Caller;
import id.pendamping.platform.api.Problem;
import id.pendamping.platform.api.ReaderLocale;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Lets a script call the API with "Authorization: Bearer <token>" instead of a sign-in session.
 * The application services then see the token's account as the caller and check its role as usual.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    @Inject
    ApiTokens tokens;

    @Inject
    Caller caller;

    @Inject
    ReaderLocale locale;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return;
        }
        tokens.accountOf(header.substring(BEARER.length()).strip()).ifPresentOrElse(caller::authenticatedByToken,
                () -> request.abortWith(Problem.of(Response.Status.UNAUTHORIZED, "invalid-token", locale.get(),
                        "api.problem.invalidToken")));
    }
}
