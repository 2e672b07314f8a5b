package id.pendamping.identity.application;

import id.pendamping.identity.domain.Account;
import id.pendamping.identity.domain.Role;
import id.pendamping.identity.domain.TrainingCenter;
import id.pendamping.platform.DatabaseMigration;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Demo data for trying the platform: one training centre and one account per role, all with the
 * password {@value #PASSWORD}. Created only where the server says so (system property
 * {@code pendamping.demo-data}, set by the embedded-database configuration and by the test run) and
 * only when the database has no account yet, so it never touches real data.
 */
@ApplicationScoped
public class DemoData {

    public static final String PASSWORD = "demo-pendamping";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    @Transactional
    void create(@Observes @Priority(DatabaseMigration.PRIORITY + 10) @Initialized(ApplicationScoped.class) Object start) {
        if (!Boolean.getBoolean("pendamping.demo-data")) {
            return;
        }
        if (em.createNamedQuery("Account.count", Long.class).getSingleResult() > 0) {
            return;
        }
        TrainingCenter center = new TrainingCenter("BBPPKS-JKT",
                "Balai Besar Pendidikan dan Pelatihan Kesejahteraan Sosial Jakarta", "Jakarta", clock.instant());
        em.persist(center);
        String hash = passwords.hash(PASSWORD);
        account("peserta", "Sari Peserta", Role.TRAINEE, center, hash);
        account("asesor", "Budi Asesor", Role.ASSESSOR, center, hash);
        account("koordinator", "Dewi Koordinator", Role.COORDINATOR, center, hash);
        account("admin", "Admin Akademi", Role.ADMIN, null, hash);
        LOG.info("Demo data created: accounts peserta, asesor, koordinator, admin");
    }

    private void account(String username, String name, Role role, TrainingCenter center, String hash) {
        em.persist(new Account(username, username + "@demo.pendamping.id", name, hash, role, center, clock.instant()));
    }
}
