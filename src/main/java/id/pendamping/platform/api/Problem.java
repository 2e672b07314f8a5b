package id.pendamping.platform.api;

import id.pendamping.platform.Messages;
import static id.pendamping.platform.JsonText.JSON;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * An error answer of the API as RFC 9457 problem details: a type, a title in the reader's language,
 * the status and a detail. Never a stack trace.
 */
public final class Problem {

    public static final MediaType TYPE = new MediaType("application", "problem+json");

    private Problem() {
    }

    /** @param kind a short code ("time-up"), also the end of the type URI */
    public static Response of(Response.StatusType status, String kind, Locale locale, String messageKey, Object... arguments) {
        return of(status, kind, Messages.text(locale, messageKey, arguments), null);
    }

    public static Response of(Response.StatusType status, String kind, String title, String field) {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("type", "https://pendamping.id/problems/" + kind)
                .add("title", title)
                .add("status", status.getStatusCode());
        if (field != null) {
            body.add("field", field);
        }
        return Response.status(status).type(TYPE).entity(body.build().toString()).build();
    }
}
