package id.pendamping.learning.application;

import id.pendamping.curriculum.domain.Programme;
import id.pendamping.identity.domain.Account;
import id.pendamping.learning.domain.Cohort;
import id.pendamping.learning.domain.Enrolment;
import id.pendamping.platform.Calendars;
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
import java.util.List;

/**
 * Demo data for the learning area: one open cohort of the first programme at the demo centre, with
 * the demo trainee enrolled, so the tour in the README has something to study. Created with the
 * other demo data (system property {@code pendamping.demo-data}), after the curriculum import, and
 * only while the database has no cohort at all.
 */
@ApplicationScoped
public class DemoCohort {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    void create(@Observes @Priority(DatabaseMigration.PRIORITY + 30) @Initialized(ApplicationScoped.class) Object start) {
        if (!Boolean.getBoolean("pendamping.demo-data")
                || em.createQuery("select count(c) from Cohort c", Long.class).getSingleResult() > 0) {
            return;
        }
        List<Programme> programmes = em.createNamedQuery("Programme.active", Programme.class).getResultList();
        List<Account> trainee = em.createNamedQuery("Account.byUsername", Account.class)
                .setParameter("username", "peserta").getResultList();
        if (programmes.isEmpty() || trainee.isEmpty()) {
            return;
        }
        LocalDate today = Calendars.today(clock);
        Cohort cohort = new Cohort(programmes.get(0), trainee.get(0).getTrainingCenter(), "Angkatan Demo I",
                today.minusDays(7), today.plusDays(60), 30, "Daring", true, clock.instant());
        em.persist(cohort);
        em.persist(Enrolment.enrolledBy(cohort, trainee.get(0), clock.instant()));
    }
}
