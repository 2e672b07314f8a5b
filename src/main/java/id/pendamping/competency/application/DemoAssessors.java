package id.pendamping.competency.application;

import id.pendamping.competency.domain.AssessorRegistration;
import id.pendamping.identity.application.DemoData;
import id.pendamping.identity.application.Passwords;
import id.pendamping.identity.domain.Account;
import id.pendamping.identity.domain.Role;
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
import java.time.LocalDate;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Demo assessors, so that a second rating, moderation and an appeal can be tried: three more
 * assessors beside the demo "asesor", all registered for the mentor scheme with licences valid for
 * three years. Only with demo data, and only while no assessor is registered yet.
 */
@ApplicationScoped
public class DemoAssessors {

    public static final String SCHEME = "SKM-PDP-SOS-01";
    private static final Logger LOG = Logger.getLogger(DemoAssessors.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    @Transactional
    void create(@Observes @Priority(DatabaseMigration.PRIORITY + 20) @Initialized(ApplicationScoped.class) Object start) {
        if (!Boolean.getBoolean("pendamping.demo-data")
                || em.createQuery("select count(r) from AssessorRegistration r", Long.class).getSingleResult() > 0) {
            return;
        }
        Account first = em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", "asesor")
                .getResultStream().findFirst().orElse(null);
        if (first == null) {
            return;
        }
        String hash = passwords.hash(DemoData.PASSWORD);
        register(first, "MET.000.001234.2024");
        register(account("asesor2", "Citra Asesor", first, hash), "MET.000.002345.2024");
        register(account("asesor3", "Dodi Asesor", first, hash), "MET.000.003456.2024");
        register(account("asesor4", "Eka Asesor", first, hash), "MET.000.004567.2024");
        LOG.info("Demo assessors registered for " + SCHEME + ": asesor, asesor2, asesor3, asesor4");
    }

    private Account account(String username, String name, Account colleague, String hash) {
        Account account = new Account(username, username + "@demo.pendamping.id", name, hash, Role.ASSESSOR,
                colleague.getTrainingCenter(), clock.instant());
        em.persist(account);
        em.flush();
        return account;
    }

    private void register(Account assessor, String number) {
        AssessorRegistration registration = new AssessorRegistration(assessor.getId());
        registration.change(number, LocalDate.now(clock).plusYears(3), Set.of(SCHEME), clock.instant());
        em.persist(registration);
    }
}
