package id.pendamping.platform;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Flyway owns the schema. Migrations run while the application deploys, before anything else
 * observes start-up and before the first request is served; a failed migration fails the
 * deployment, so the server never serves a half-migrated database.
 */
@ApplicationScoped
public class DatabaseMigration {

    /** Start-up observers of other contexts use a larger priority so they run after this one. */
    public static final int PRIORITY = 100;

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/PendampingDS")
    DataSource dataSource;

    void migrate(@Observes @Priority(PRIORITY) @Initialized(ApplicationScoped.class) Object start) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(Map.of("document_type", documentType()))
                .load();
        int applied = flyway.migrate().migrationsExecuted;
        var current = flyway.info().current();
        LOG.info(() -> "Database schema at version " + (current == null ? "none" : current.getVersion())
                + " (" + applied + " migrations applied now)");
    }

    /**
     * The column type for documents of tens of kilobytes (signed certificates): PostgreSQL's bytea;
     * on H2 a BLOB, kept out of the table's pages, where a VARBINARY this size is kept inline and
     * deleting a thousand of them at once exhausts the store's memory.
     */
    private String documentType() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2") ? "binary large object" : "bytea";
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database", e);
        }
    }
}
