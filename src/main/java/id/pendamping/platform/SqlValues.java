package id.pendamping.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Reads values from native queries that the H2 and PostgreSQL drivers hand back as different Java
 * types: a "timestamp with time zone", and a binary column (a BLOB on H2, bytea on PostgreSQL).
 */
public final class SqlValues {

    private SqlValues() {
    }

    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("unexpected time type " + value.getClass());
    }

    public static byte[] bytes(Object value) {
        if (value instanceof byte[] bytes) {
            return bytes;
        }
        try {
            java.sql.Blob blob = (java.sql.Blob) value;
            return blob.getBytes(1, (int) blob.length());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot read a binary column", e);
        }
    }
}
