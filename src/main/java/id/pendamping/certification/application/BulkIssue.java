package id.pendamping.certification.application;

import id.pendamping.certification.application.TrainingCompletion.Completion;
import id.pendamping.certification.application.TrainingCompletion.Standing;
import id.pendamping.identity.application.Caller;
import id.pendamping.learning.application.CohortService;
import id.pendamping.learning.domain.Cohort;
import id.pendamping.learning.domain.Enrolment;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issues every eligible certificate of a cohort as the Jakarta Batch job
 * {@code issue-cohort-certificates}. The job reads the eligible trainees who have no certificate yet
 * and issues them in chunks, each chunk one transaction: after a crash, a restart (or simply a new
 * run) finds only those still without one, and the rolled-back chunk gave its numbers back, so the
 * cohort ends with exactly one certificate per eligible trainee and no gap in the numbering.
 */
@ApplicationScoped
public class BulkIssue {

    public static final String JOB = "issue-cohort-certificates";

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    CohortService cohorts;

    @Inject
    TrainingCompletion completion;

    @Inject
    CertificateIssuer issuer;

    /** The last run started per cohort, for the progress bar (the counts come from the database). */
    private final Map<Long, Run> runs = new ConcurrentHashMap<>();

    /** A job execution and how many trainees were eligible when it started. */
    private record Run(long execution, long eligible) {
    }

    /** Progress of a cohort's certificates: how many of the eligible hold one, and the job's state. */
    public record Progress(long eligible, long issued, Optional<BatchStatus> job, Optional<Long> executionId) {

        public int percent() {
            return eligible == 0 ? 100 : (int) (issued * 100 / eligible);
        }

        public boolean running() {
            return job.map(BulkIssue::running).orElse(false);
        }

        public boolean interrupted() {
            return job.map(BulkIssue::interrupted).orElse(false);
        }
    }

    /** Starts the job for a cohort of the coordinator's centre, unless one is already running for it. */
    @Transactional
    public long start(Long cohortId) {
        return start(cohortId, new Properties());
    }

    /** As {@link #start(Long)}, with extra job parameters (tests use them to interrupt a run). */
    @Transactional
    public long start(Long cohortId, Properties extra) {
        Cohort cohort = cohorts.cohort(cohortId);
        issuer.requireSigningKey();
        Progress progress = progress(cohort);
        if (progress.running()) {
            return progress.executionId().orElseThrow();
        }
        Properties parameters = new Properties();
        parameters.putAll(extra);
        parameters.setProperty("cohort", cohort.getId().toString());
        parameters.setProperty("issuedBy", caller.account().getUsername());
        long execution = operator().start(JOB, parameters);
        runs.put(cohort.getId(), new Run(execution, progress.eligible()));
        return execution;
    }

    /**
     * Restarts an interrupted run where it stopped (the trainees still without a certificate), or
     * starts one when there is nothing to restart.
     */
    @Transactional
    public long restart(Long cohortId) {
        Cohort cohort = cohorts.cohort(cohortId);
        Run last = runs.get(cohort.getId());
        if (last == null || !interrupted(status(last))) {
            return start(cohortId);
        }
        Properties parameters = new Properties();
        parameters.setProperty("cohort", cohort.getId().toString());
        parameters.setProperty("issuedBy", caller.account().getUsername());
        long execution = operator().restart(last.execution(), parameters);
        runs.put(cohort.getId(), new Run(execution, last.eligible()));
        return execution;
    }

    @Transactional
    public Progress progress(Long cohortId) {
        return progress(cohorts.cohort(cohortId));
    }

    /**
     * While a run is going, the progress bar polls this every second: it then counts certificates
     * only, against the number eligible when the run started, instead of working out every
     * trainee's completion again.
     */
    private Progress progress(Cohort cohort) {
        Run run = runs.get(cohort.getId());
        Optional<BatchStatus> status = Optional.ofNullable(run).map(BulkIssue::status);
        Optional<Long> execution = Optional.ofNullable(run).map(Run::execution);
        if (run != null && running(status.get())) {
            long issued = em.createQuery("select count(c) from Certificate c, Enrolment e "
                    + "where c.currentForEnrolment = e.id and e.cohort.id = :cohort", Long.class)
                    .setParameter("cohort", cohort.getId()).getSingleResult();
            return new Progress(run.eligible(), Math.min(issued, run.eligible()), status, execution);
        }
        Completion done = completion.of(cohort, completion.enrolled(cohort.getId()));
        Set<Long> eligible = done.standings().stream().filter(Standing::eligible).map(s -> s.enrolment().getId())
                .collect(java.util.stream.Collectors.toSet());
        long issued = issuer.currentIn(cohort.getId()).keySet().stream().filter(eligible::contains).count();
        return new Progress(eligible.size(), issued, status, execution);
    }

    // ---- called by the job's reader and writer, inside the job's own transactions ----

    /** The eligible trainees of the cohort still without a certificate, in a stable order. */
    @Transactional
    public List<Long> stillToIssue(Long cohortId) {
        Cohort cohort = em.find(Cohort.class, cohortId);
        Completion done = completion.of(cohort, completion.enrolled(cohortId));
        Set<Long> holders = issuer.currentIn(cohortId).keySet();
        return done.standings().stream().filter(Standing::eligible).map(s -> s.enrolment().getId())
                .filter(id -> !holders.contains(id)).sorted().toList();
    }

    /** Issues the certificates of these enrolments in the job's current chunk transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void issue(Long cohortId, List<Long> enrolmentIds, String issuedBy) {
        Cohort cohort = em.find(Cohort.class, cohortId);
        List<Enrolment> enrolments = enrolmentIds.stream().map(id -> em.find(Enrolment.class, id)).toList();
        Completion done = completion.of(cohort, enrolments);
        issuer.issueTraining(done, done.standings().stream().filter(Standing::eligible).toList(), issuedBy);
    }

    private static BatchStatus status(Run run) {
        return operator().getJobExecution(run.execution()).getBatchStatus();
    }

    private static boolean running(BatchStatus status) {
        return status == BatchStatus.STARTING || status == BatchStatus.STARTED;
    }

    private static boolean interrupted(BatchStatus status) {
        return status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
