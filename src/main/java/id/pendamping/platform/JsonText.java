package id.pendamping.platform;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the application. The static {@code jakarta.json.Json} methods look the
 * provider up through ServiceLoader on every call, which under load cost more than the rest of an
 * answer save together; this looks it up once.
 */
public final class JsonText {

    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonText() {
    }
}
