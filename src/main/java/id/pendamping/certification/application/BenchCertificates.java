package id.pendamping.certification.application;

import id.pendamping.assessment.application.BenchReset;
import id.pendamping.assessment.application.RecordedCompletion;
import id.pendamping.learning.application.BenchCohort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;

/**
 * For bench/certificate-throughput.sh only, on a server started with {@code pendamping.bench-trainees}:
 * removes the benchmark cohort's certificates and records every one of its trainees as having
 * completed the programme, so a bulk issue of the whole cohort can be measured again and again.
 */
@ApplicationScoped
public class BenchCertificates {

    private static final String BENCH_ENROLMENTS = "(select e.id from enrolment e join cohort c on c.id = e.cohort_id "
            + "where c.name = '" + BenchCohort.COHORT + "')";

    @PersistenceContext
    EntityManager em;

    @Inject
    RecordedCompletion completion;

    /** Returns the benchmark cohort's id. */
    @Transactional
    public Long prepare() {
        if (!BenchReset.enabled()) {
            throw new IllegalStateException("only on a server started for the benchmark");
        }
        em.createNativeQuery("delete from certificate_document where certificate_id in "
                + "(select id from certificate where enrolment_id in " + BENCH_ENROLMENTS + ")").executeUpdate();
        em.createNativeQuery("delete from certificate where enrolment_id in " + BENCH_ENROLMENTS).executeUpdate();
        return completion.completeCohort(BenchCohort.COHORT, new BigDecimal("85"));
    }
}
