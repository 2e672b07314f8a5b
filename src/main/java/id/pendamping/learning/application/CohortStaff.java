package id.pendamping.learning.application;

import id.pendamping.identity.domain.Account;
import id.pendamping.identity.domain.Role;
import id.pendamping.learning.domain.Cohort;
import id.pendamping.platform.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The staff of a cohort: its trainers (pengajar, fasilitator), by name and subject, whom the reaction
 * survey asks about one by one; and the centre's assessors assigned to it. Changed only by a
 * coordinator of the cohort's centre ({@link CohortService#cohort} checks it).
 */
@ApplicationScoped
public class CohortStaff {

    public static final int MAX_TRAINERS = 12;
    public static final int MAX_NAME = 150;
    public static final int MAX_SUBJECT = 300;

    @PersistenceContext
    EntityManager em;

    @Inject
    CohortService cohorts;

    /** A trainer of the cohort; position 1, 2, ... as listed. */
    public record Trainer(int position, String name, String subject) implements Serializable {
    }

    /** The cohort's trainers, for a coordinator of its centre. */
    @Transactional
    public List<Trainer> trainers(Long cohortId) {
        return trainersOf(cohorts.cohort(cohortId).getId());
    }

    /** The cohort's trainers; checks nothing about the caller, the use cases that call it have. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Trainer> trainersOf(Long cohortId) {
        List<?> rows = em.createNativeQuery("select position, name, subject from cohort_trainer where cohort_id = ?1 "
                + "order by position").setParameter(1, cohortId).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new Trainer(((Number) r[0]).intValue(), (String) r[1], (String) r[2])).toList();
    }

    /**
     * Replaces the trainers with those written one per line, "name | subject" (the subject optional).
     * A problem names its line and changes nothing.
     */
    @Transactional
    public List<Trainer> replaceTrainers(Long cohortId, String lines) {
        Cohort cohort = cohorts.cohort(cohortId);
        List<Trainer> trainers = new ArrayList<>();
        String[] written = lines == null ? new String[0] : lines.split("\r?\n", -1);
        for (int i = 0; i < written.length; i++) {
            String line = written[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            String name = parts[0].strip();
            String subject = parts.length > 1 ? parts[1].strip() : "";
            if (parts.length > 2 || name.isEmpty() || name.length() > MAX_NAME || subject.length() > MAX_SUBJECT) {
                throw new InvalidInput("trainers", "cohort.trainers.line", i + 1, MAX_NAME, MAX_SUBJECT);
            }
            trainers.add(new Trainer(trainers.size() + 1, name, subject.isEmpty() ? null : subject));
        }
        if (trainers.size() > MAX_TRAINERS) {
            throw new InvalidInput("trainers", "cohort.trainers.tooMany", MAX_TRAINERS);
        }
        // Answers about a trainer are kept by the trainer's position (t1a, t2a, ...): once the reaction
        // survey has answers, renaming, removing or reordering would move them onto someone else.
        if (!em.createNativeQuery("select 1 from survey_response where cohort_id = ?1 and kind = 'REACTION'")
                .setParameter(1, cohort.getId()).setMaxResults(1).getResultList().isEmpty()
                && !trainers.equals(trainersOf(cohort.getId()))) {
            throw new InvalidInput("trainers", "cohort.trainers.answered");
        }
        em.createNativeQuery("delete from cohort_trainer where cohort_id = ?1").setParameter(1, cohort.getId()).executeUpdate();
        for (Trainer trainer : trainers) {
            em.createNativeQuery("insert into cohort_trainer (cohort_id, position, name, subject) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, cohort.getId()).setParameter(2, trainer.position()).setParameter(3, trainer.name())
                    .setParameter(4, trainer.subject()).executeUpdate();
        }
        return trainers;
    }

    /** The centre's assessors who may be assigned to the cohort. */
    @Transactional
    public List<Account> assessorOptions(Long cohortId) {
        Cohort cohort = cohorts.cohort(cohortId);
        return em.createQuery("select a from Account a where a.trainingCenter.id = :center and a.role = :assessor "
                        + "and a.enabled = true order by a.fullName", Account.class)
                .setParameter("center", cohort.getTrainingCenter().getId()).setParameter("assessor", Role.ASSESSOR)
                .getResultList();
    }

    /** The ids of the assessors assigned to the cohort. */
    @Transactional
    public Set<Long> assessors(Long cohortId) {
        Cohort cohort = cohorts.cohort(cohortId);
        return new HashSet<>(em.createNativeQuery("select account_id from cohort_assessor where cohort_id = ?1")
                .setParameter(1, cohort.getId()).getResultList().stream().map(id -> ((Number) id).longValue()).toList());
    }

    /** Replaces the cohort's assessors; only assessors of the cohort's own centre may be assigned. */
    @Transactional
    public void assignAssessors(Long cohortId, Set<Long> accountIds) {
        Set<Long> allowed = new HashSet<>(assessorOptions(cohortId).stream().map(Account::getId).toList());
        for (Long id : accountIds) {
            if (!allowed.contains(id)) {
                throw new InvalidInput("assessors", "cohort.assessors.notOfCentre");
            }
        }
        em.createNativeQuery("delete from cohort_assessor where cohort_id = ?1").setParameter(1, cohortId).executeUpdate();
        for (Long id : accountIds) {
            em.createNativeQuery("insert into cohort_assessor (cohort_id, account_id) values (?1, ?2)")
                    .setParameter(1, cohortId).setParameter(2, id).executeUpdate();
        }
    }
}
