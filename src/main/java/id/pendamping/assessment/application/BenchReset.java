package id.pendamping.assessment.application;

import id.pendamping.platform.DatabaseMigration;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;

/**
 * For bench/quiz-load.sh only: with {@code pendamping.bench-trainees} set, start-up removes the
 * attempts of the benchmark cohort, so the one-attempt pre-test can be measured again without a new
 * database. Never runs without that property; never touches another cohort.
 */
@ApplicationScoped
public class BenchReset {

    private static final Logger LOG = Logger.getLogger(BenchReset.class.getName());
    private static final String OF_BENCH_COHORT = "(select e.id from enrolment e join cohort c on c.id = e.cohort_id "
            + "where c.name = 'Angkatan Benchmark')";

    @PersistenceContext
    EntityManager em;

    public static boolean enabled() {
        return Integer.getInteger("pendamping.bench-trainees", 0) > 0;
    }

    @Transactional
    void atStart(@Observes @Priority(DatabaseMigration.PRIORITY + 41) @Initialized(ApplicationScoped.class) Object start) {
        if (enabled()) {
            reset();
        }
    }

    /** Also from POST /bench-support/reset, between the benchmark's warm-up run and its measured run. */
    @Transactional
    public void reset() {
        if (!enabled()) {
            throw new IllegalStateException("only on a server started for the benchmark");
        }
        String attempts = "(select a.id from quiz_attempt a where a.enrolment_id in " + OF_BENCH_COHORT + ")";
        em.createNativeQuery("delete from attempt_answer where attempt_id in " + attempts).executeUpdate();
        em.createNativeQuery("delete from attempt_item where attempt_id in " + attempts).executeUpdate();
        int removed = em.createNativeQuery("delete from quiz_attempt where enrolment_id in " + OF_BENCH_COHORT).executeUpdate();
        LOG.info(() -> "Benchmark cohort: " + removed + " earlier attempts removed");
    }
}
