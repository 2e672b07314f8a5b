package id.pendamping.competency.application;

import id.pendamping.competency.domain.AssessorRole;
import id.pendamping.competency.domain.CompetenceAssessment;
import id.pendamping.competency.domain.Verdict;
import id.pendamping.platform.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows around a candidate's assessment that are written as facts and read as lists: units with
 * their round and outcome, verdicts, the self-assessment, portfolio files, and each assignment's own
 * evidence. Callers are the use cases of this package, inside their transactions, after their checks.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AssessmentRecords {

    @PersistenceContext
    EntityManager em;

    /** A unit of the candidate's assessment: its current round and, once settled, the outcome. */
    public record UnitState(String unitCode, int round, Verdict outcome, String settledBy) {
        public boolean settled() {
            return outcome != null;
        }
    }

    /** One verdict of one assessor in one role and round. */
    public record Rating(String unitCode, int round, AssessorRole role, Long assessorId, Verdict verdict, String reason,
                         String feedback, Instant ratedAt) {
    }

    public record SelfAnswer(String unitCode, String elementCode, Verdict answer, String evidence) {
    }

    public record PortfolioFile(Long id, String fileName, String mediaType, int sizeBytes, String sha256, Instant uploadedAt) {
    }

    public record Observation(boolean observed, String note) {
    }

    public record OralQuestion(Long id, String unitCode, String question, String answerNote) {
    }

    /** VATM: valid, authentic, current, sufficient. */
    public record PortfolioCheck(boolean valid, boolean authentic, boolean current, boolean sufficient, String note) {
        public boolean passes() {
            return valid && authentic && current && sufficient;
        }
    }

    /** Quiz results that count as written evidence for a unit: its linked items, as the candidate answered them. */
    public record QuizEvidence(int itemsAnswered, double points) {
        public Double percent() {
            return itemsAnswered == 0 ? null : Math.round(points * 1000.0 / itemsAnswered) / 10.0;
        }
    }

    public CompetenceAssessment lock(Long assessmentId) {
        return em.find(CompetenceAssessment.class, assessmentId, LockModeType.PESSIMISTIC_WRITE);
    }

    // --- units and verdicts ---

    public void addUnit(Long assessmentId, String unitCode, int position) {
        em.createNativeQuery("insert into assessment_unit (assessment_id, unit_code, position, round) values (?1, ?2, ?3, 1)")
                .setParameter(1, assessmentId).setParameter(2, unitCode).setParameter(3, position).executeUpdate();
    }

    public List<UnitState> units(Long assessmentId) {
        return rows("select unit_code, round, outcome, settled_by from assessment_unit where assessment_id = ?1 "
                + "order by position", assessmentId).stream()
                .map(r -> new UnitState((String) r[0], ((Number) r[1]).intValue(), verdict(r[2]), (String) r[3])).toList();
    }

    public void settle(Long assessmentId, String unitCode, Verdict outcome, String by, Instant at) {
        em.createNativeQuery("update assessment_unit set outcome = ?3, settled_by = ?4, settled_at = ?5 "
                        + "where assessment_id = ?1 and unit_code = ?2").setParameter(1, assessmentId).setParameter(2, unitCode)
                .setParameter(3, outcome.code()).setParameter(4, by).setParameter(5, Timestamp.from(at)).executeUpdate();
    }

    /** An upheld appeal: the unit goes back to its assessors for a new round. */
    public void reopen(Long assessmentId, String unitCode) {
        em.createNativeQuery("update assessment_unit set round = round + 1, outcome = null, settled_by = null, "
                        + "settled_at = null where assessment_id = ?1 and unit_code = ?2").setParameter(1, assessmentId)
                .setParameter(2, unitCode).executeUpdate();
    }

    public List<Rating> ratings(Long assessmentId) {
        return rows("select unit_code, round, role, assessor_id, verdict, reason, feedback, rated_at from unit_rating "
                + "where assessment_id = ?1 order by round, rated_at", assessmentId).stream()
                .map(r -> new Rating((String) r[0], ((Number) r[1]).intValue(), AssessorRole.valueOf((String) r[2]),
                        ((Number) r[3]).longValue(), verdict(r[4]), (String) r[5], (String) r[6], SqlValues.instant(r[7])))
                .toList();
    }

    public void addRating(Long assessmentId, String unitCode, int round, AssessorRole role, Long assignmentId,
                          Long assessorId, Verdict verdict, String reason, String feedback, Instant at) {
        em.createNativeQuery("insert into unit_rating (assessment_id, unit_code, round, role, assignment_id, assessor_id, "
                        + "verdict, reason, feedback, rated_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                .setParameter(1, assessmentId).setParameter(2, unitCode).setParameter(3, round).setParameter(4, role.name())
                .setParameter(5, assignmentId).setParameter(6, assessorId).setParameter(7, verdict.code())
                .setParameter(8, reason).setParameter(9, feedback).setParameter(10, Timestamp.from(at)).executeUpdate();
    }

    // --- the candidate's self-assessment and portfolio ---

    public Map<String, SelfAnswer> selfAssessment(Long assessmentId) {
        Map<String, SelfAnswer> answers = new LinkedHashMap<>();
        for (Object[] r : rows("select unit_code, element_code, answer, evidence from self_assessment where assessment_id = ?1",
                assessmentId)) {
            answers.put(key((String) r[0], (String) r[1]), new SelfAnswer((String) r[0], (String) r[1], verdict(r[2]),
                    (String) r[3]));
        }
        return answers;
    }

    public void saveSelfAnswer(Long assessmentId, SelfAnswer answer) {
        int updated = em.createNativeQuery("update self_assessment set answer = ?4, evidence = ?5 where assessment_id = ?1 "
                        + "and unit_code = ?2 and element_code = ?3").setParameter(1, assessmentId)
                .setParameter(2, answer.unitCode()).setParameter(3, answer.elementCode()).setParameter(4, answer.answer().code())
                .setParameter(5, answer.evidence()).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into self_assessment (assessment_id, unit_code, element_code, answer, evidence) "
                            + "values (?1, ?2, ?3, ?4, ?5)").setParameter(1, assessmentId).setParameter(2, answer.unitCode())
                    .setParameter(3, answer.elementCode()).setParameter(4, answer.answer().code())
                    .setParameter(5, answer.evidence()).executeUpdate();
        }
    }

    public List<PortfolioFile> portfolio(Long assessmentId) {
        return rows("select id, file_name, media_type, size_bytes, sha256, uploaded_at from portfolio_file "
                + "where assessment_id = ?1 order by id", assessmentId).stream()
                .map(r -> new PortfolioFile(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                        ((Number) r[3]).intValue(), (String) r[4], SqlValues.instant(r[5]))).toList();
    }

    public void addPortfolioFile(Long assessmentId, String fileName, String mediaType, byte[] content, String sha256,
                                 Instant at) {
        em.createNativeQuery("insert into portfolio_file (assessment_id, file_name, media_type, size_bytes, sha256, content, "
                        + "uploaded_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)").setParameter(1, assessmentId)
                .setParameter(2, fileName).setParameter(3, mediaType).setParameter(4, content.length).setParameter(5, sha256)
                .setParameter(6, content).setParameter(7, Timestamp.from(at)).executeUpdate();
    }

    public int removePortfolioFile(Long assessmentId, Long fileId) {
        return em.createNativeQuery("delete from portfolio_file where id = ?1 and assessment_id = ?2").setParameter(1, fileId)
                .setParameter(2, assessmentId).executeUpdate();
    }

    /** The file's assessment, to check who may read it; null when there is no such file. */
    public Long assessmentOfFile(Long fileId) {
        List<?> rows = em.createNativeQuery("select assessment_id from portfolio_file where id = ?1").setParameter(1, fileId)
                .getResultList();
        return rows.isEmpty() ? null : ((Number) rows.get(0)).longValue();
    }

    public byte[] portfolioContent(Long fileId) {
        return SqlValues.bytes(em.createNativeQuery("select content from portfolio_file where id = ?1")
                .setParameter(1, fileId).getSingleResult());
    }

    // --- each assignment's own evidence ---

    public Map<String, Observation> observations(Long assignmentId) {
        Map<String, Observation> observations = new HashMap<>();
        for (Object[] r : rows("select unit_code, criterion_code, observed, note from criterion_observation "
                + "where assignment_id = ?1", assignmentId)) {
            observations.put(key((String) r[0], (String) r[1]), new Observation((Boolean) r[2], (String) r[3]));
        }
        return observations;
    }

    public void saveObservation(Long assignmentId, String unitCode, String criterionCode, Observation observation, Instant at) {
        int updated = em.createNativeQuery("update criterion_observation set observed = ?4, note = ?5, recorded_at = ?6 "
                        + "where assignment_id = ?1 and unit_code = ?2 and criterion_code = ?3").setParameter(1, assignmentId)
                .setParameter(2, unitCode).setParameter(3, criterionCode).setParameter(4, observation.observed())
                .setParameter(5, observation.note()).setParameter(6, Timestamp.from(at)).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into criterion_observation (assignment_id, unit_code, criterion_code, observed, note, "
                            + "recorded_at) values (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, assignmentId)
                    .setParameter(2, unitCode).setParameter(3, criterionCode).setParameter(4, observation.observed())
                    .setParameter(5, observation.note()).setParameter(6, Timestamp.from(at)).executeUpdate();
        }
    }

    public List<OralQuestion> questions(Long assignmentId) {
        return rows("select id, unit_code, question, answer_note from oral_question where assignment_id = ?1 order by id",
                assignmentId).stream().map(r -> new OralQuestion(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3])).toList();
    }

    public void addQuestion(Long assignmentId, String unitCode, String question, String answerNote, Instant at) {
        em.createNativeQuery("insert into oral_question (assignment_id, unit_code, question, answer_note, asked_at) "
                        + "values (?1, ?2, ?3, ?4, ?5)").setParameter(1, assignmentId).setParameter(2, unitCode)
                .setParameter(3, question).setParameter(4, answerNote).setParameter(5, Timestamp.from(at)).executeUpdate();
    }

    public Map<Long, PortfolioCheck> portfolioChecks(Long assignmentId) {
        Map<Long, PortfolioCheck> checks = new HashMap<>();
        for (Object[] r : rows("select file_id, valid_ok, authentic_ok, current_ok, sufficient_ok, note from portfolio_check "
                + "where assignment_id = ?1", assignmentId)) {
            checks.put(((Number) r[0]).longValue(), new PortfolioCheck((Boolean) r[1], (Boolean) r[2], (Boolean) r[3],
                    (Boolean) r[4], (String) r[5]));
        }
        return checks;
    }

    public void savePortfolioCheck(Long assignmentId, Long fileId, PortfolioCheck check, Instant at) {
        em.createNativeQuery("delete from portfolio_check where assignment_id = ?1 and file_id = ?2").setParameter(1, assignmentId)
                .setParameter(2, fileId).executeUpdate();
        em.createNativeQuery("insert into portfolio_check (assignment_id, file_id, valid_ok, authentic_ok, current_ok, "
                        + "sufficient_ok, note, checked_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, assignmentId).setParameter(2, fileId).setParameter(3, check.valid())
                .setParameter(4, check.authentic()).setParameter(5, check.current()).setParameter(6, check.sufficient())
                .setParameter(7, check.note()).setParameter(8, Timestamp.from(at)).executeUpdate();
    }

    /**
     * The candidate's graded answers to the items linked to a unit, across every graded attempt of the
     * enrolment: the quiz results that arrive by themselves as written evidence.
     */
    public QuizEvidence quizEvidence(Long enrolmentId, List<String> itemKeys) {
        if (itemKeys.isEmpty()) {
            return new QuizEvidence(0, 0);
        }
        Object[] r = (Object[]) em.createNativeQuery("select count(ai.score), coalesce(sum(ai.score), 0) from attempt_item ai "
                        + "join quiz_attempt a on a.id = ai.attempt_id join assessment_item i on i.id = ai.item_id "
                        + "where a.enrolment_id = ?1 and a.status = 'GRADED' and ai.score is not null and i.item_key in (?2)")
                .setParameter(1, enrolmentId).setParameter(2, itemKeys).getSingleResult();
        return new QuizEvidence(((Number) r[0]).intValue(), ((Number) r[1]).doubleValue());
    }

    public static String key(String unitCode, String code) {
        return unitCode + "/" + code;
    }

    private static Verdict verdict(Object code) {
        return code == null ? null : Verdict.fromCode((String) code);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object parameter) {
        return (List<Object[]>) em.createNativeQuery(sql).setParameter(1, parameter).getResultList();
    }
}
