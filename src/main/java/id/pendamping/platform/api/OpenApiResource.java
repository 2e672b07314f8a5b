package id.pendamping.platform.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * GET /api/openapi.yaml: the API's description, public like the API's existence. The document is
 * written by hand next to the code; OpenApiDocumentTest fails when it and the resources disagree.
 */
@Path("openapi.yaml")
public class OpenApiResource {

    static final String DOCUMENT = "META-INF/openapi.yaml";

    /** Read once: the file is part of the WAR and cannot change while it runs. */
    private static volatile String text;

    @GET
    @Produces("application/yaml")
    public String document() {
        String loaded = text;
        if (loaded == null) {
            loaded = read();
            text = loaded;
        }
        return loaded;
    }

    private static String read() {
        try (InputStream in = OpenApiResource.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new NotFoundException(DOCUMENT + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
