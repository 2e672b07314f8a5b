package id.pendamping.learning.application;

import id.pendamping.curriculum.domain.Programme;
import id.pendamping.identity.application.Passwords;
import id.pendamping.identity.domain.Account;
import id.pendamping.identity.domain.Role;
import id.pendamping.identity.domain.TrainingCenter;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Trainees for the quiz load benchmark (bench/quiz-load.sh): with the system property
 * {@code pendamping.bench-trainees} set to N (1 to 1000), start-up creates the accounts bench-0001 to
 * bench-N at the demo centre, enrolled in the cohort {@value #COHORT} of {@value #PROGRAMME}. It runs
 * after the demo data, which it needs, and only once: an existing cohort of that name is left alone.
 */
@ApplicationScoped
public class BenchCohort {

    public static final String COHORT = "Angkatan Benchmark";
    public static final String PROGRAMME = "PDP-DASAR";
    public static final String PASSWORD = "Bench-Pendamping-2026!";
    public static final String USERNAME_FORMAT = "bench-%04d";
    /** The cohort table allows at most this many places. */
    public static final int CAPACITY = 1000;

    private static final String DEMO_CENTER = "BBPPKS-JKT";
    private static final int FLUSH_EVERY = 100;
    private static final Logger LOG = Logger.getLogger(BenchCohort.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    @Transactional
    void create(@Observes @Priority(DatabaseMigration.PRIORITY + 40) @Initialized(ApplicationScoped.class) Object start) {
        int trainees = Integer.getInteger("pendamping.bench-trainees", 0);
        if (trainees <= 0) {
            return;
        }
        if (trainees > CAPACITY) {
            LOG.warning(() -> "pendamping.bench-trainees=" + trainees + " is more than a cohort holds (" + CAPACITY
                    + "); no benchmark trainees created");
            return;
        }
        if (em.createQuery("select count(c) from Cohort c where c.name = :name", Long.class)
                .setParameter("name", COHORT).getSingleResult() > 0) {
            LOG.info(() -> "Benchmark cohort '" + COHORT + "' already exists; left as it is");
            return;
        }
        List<TrainingCenter> centers = em.createNamedQuery("TrainingCenter.byCode", TrainingCenter.class)
                .setParameter("code", DEMO_CENTER).getResultList();
        List<Programme> programmes = em.createNamedQuery("Programme.byCode", Programme.class)
                .setParameter("code", PROGRAMME).getResultList();
        if (centers.isEmpty() || programmes.isEmpty()) {
            LOG.warning(() -> "No benchmark trainees created: they need the demo centre " + DEMO_CENTER
                    + " (pendamping.demo-data=true) and the programme " + PROGRAMME);
            return;
        }
        Instant now = clock.instant();
        LocalDate today = Calendars.today(clock);
        Cohort cohort = new Cohort(programmes.get(0), centers.get(0), COHORT, today.minusDays(1), today.plusDays(60),
                CAPACITY, "Daring", false, now);
        em.persist(cohort);
        Long cohortId = cohort.getId();
        Long centerId = centers.get(0).getId();
        // One hash for everyone: at 600,000 iterations, hashing per account would take minutes.
        String hash = passwords.hash(PASSWORD);
        TrainingCenter center = centers.get(0);
        for (int i = 1; i <= trainees; i++) {
            String username = String.format(USERNAME_FORMAT, i);
            Account account = new Account(username, username + "@bench.pendamping.id",
                    String.format("Peserta Uji Beban %04d", i), hash, Role.TRAINEE, center, now);
            em.persist(account);
            em.persist(Enrolment.enrolledBy(cohort, account, now));
            if (i % FLUSH_EVERY == 0) {
                // Keeps the persistence context small; the cleared cohort and centre are re-attached by id.
                em.flush();
                em.clear();
                cohort = em.getReference(Cohort.class, cohortId);
                center = em.getReference(TrainingCenter.class, centerId);
            }
        }
        LOG.info(String.format("Benchmark cohort '%s' (id %d) created: %d trainees %s to %s enrolled in %s",
                COHORT, cohortId, trainees, String.format(USERNAME_FORMAT, 1), String.format(USERNAME_FORMAT, trainees),
                PROGRAMME));
    }
}
