package id.pendamping.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API under /api, described in /api/openapi.yaml. Pages use it with their sign-in
 * session; scripts with a bearer token from POST /api/tokens. Every change takes a JSON body,
 * which a cross-site form cannot send, so the session cookie cannot be used against its owner.
 */
@ApplicationPath("api")
public class ApiApplication extends Application {
}
