package id.pendamping.evaluation.application;

import id.pendamping.evaluation.domain.ReactionResults;
import id.pendamping.evaluation.domain.SurveyQuestions;
import id.pendamping.learning.application.CohortService;
import id.pendamping.learning.application.StudyService;
import id.pendamping.learning.domain.Cohort;
import id.pendamping.learning.domain.Enrolment;
import id.pendamping.platform.InvalidInput;
import id.pendamping.platform.JsonText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The reaction survey (Kirkpatrick level 1): each trainee of a cohort answers once, from a week
 * before the cohort ends until 60 days after; the coordinator of the centre reads the results.
 * Anonymous responses are stored with no account, a random id and the day only.
 */
@ApplicationScoped
public class ReactionSurveys {

    public static final int OPENS_DAYS_BEFORE_END = 7;
    public static final int CLOSES_DAYS_AFTER_END = 60;
    public static final int MAX_COMMENT = 2000;
    private static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    StudyService study;

    @Inject
    CohortService cohorts;

    @Inject
    SurveyTemplates templates;

    /** The survey as the trainee sees it. */
    public record Form(String cohortName, List<SurveyQuestions.Question> questions, boolean anonymous, boolean answered,
                       boolean open, LocalDate opensOn, LocalDate closesOn) {
    }

    /** The results of a cohort for its coordinator: never who answered what. */
    public record Report(Cohort cohort, long enrolled, boolean anonymous, ReactionResults.Summary summary) {
    }

    @Transactional
    public Form form(Long enrolmentId) {
        Enrolment enrolment = study.myEnrolment(enrolmentId);
        Cohort cohort = enrolment.getCohort();
        SurveyTemplates.Template template = templates.of(cohort.getTrainingCenter().getId());
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        return new Form(cohort.getName(), template.questions(), template.anonymous(),
                answered(cohort.getId(), enrolment.getAccount().getId()), open(cohort, today), opens(cohort), closes(cohort));
    }

    /** Records the trainee's answers: every rating from 1 to 5, comments optional. Once per trainee. */
    @Transactional
    public void answer(Long enrolmentId, Map<String, String> answers) {
        Enrolment enrolment = study.myEnrolment(enrolmentId);
        Cohort cohort = enrolment.getCohort();
        // Locked so that a double click answers once.
        em.createNativeQuery("select id from enrolment where id = ?1 for update").setParameter(1, enrolmentId).getResultList();
        Long account = enrolment.getAccount().getId();
        if (!open(cohort, LocalDate.now(clock.withZone(ZONE)))) {
            throw new InvalidInput("survey", "survey.closed");
        }
        if (answered(cohort.getId(), account)) {
            throw new InvalidInput("survey", "survey.alreadyAnswered");
        }
        SurveyTemplates.Template template = templates.of(cohort.getTrainingCenter().getId());
        JsonObjectBuilder json = JsonText.JSON.createObjectBuilder();
        for (SurveyQuestions.Question q : template.questions()) {
            String value = answers.get(q.code()) == null ? "" : answers.get(q.code()).strip();
            if (q.type() == SurveyQuestions.Type.SCALE) {
                if (!value.matches("[1-5]")) {
                    throw new InvalidInput(q.code(), "survey.ratingRequired", q.code().substring(1));
                }
            } else if (value.length() > MAX_COMMENT) {
                throw new InvalidInput(q.code(), "survey.commentTooLong", q.code().substring(1), MAX_COMMENT);
            }
            if (!value.isEmpty()) {
                json.add(q.code(), value);
            }
        }
        em.createNativeQuery("insert into survey_participation (cohort_id, account_id, kind) values (?1, ?2, ?3)")
                .setParameter(1, cohort.getId()).setParameter(2, account).setParameter(3, SurveyTemplates.REACTION)
                .executeUpdate();
        em.createNativeQuery("insert into survey_response (id, cohort_id, kind, answers, submitted_on, account_id) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, UUID.randomUUID().toString())
                .setParameter(2, cohort.getId()).setParameter(3, SurveyTemplates.REACTION)
                .setParameter(4, json.build().toString()).setParameter(5, LocalDate.now(clock.withZone(ZONE)))
                .setParameter(6, template.anonymous() ? null : account).executeUpdate();
    }

    /** The cohort's results, for a coordinator of its centre. */
    @Transactional
    public Report report(Long cohortId) {
        Cohort cohort = cohorts.cohort(cohortId);
        SurveyTemplates.Template template = templates.of(cohort.getTrainingCenter().getId());
        List<Map<String, String>> responses = em.createNativeQuery("select answers from survey_response where cohort_id = ?1 "
                        + "and kind = ?2").setParameter(1, cohortId).setParameter(2, SurveyTemplates.REACTION).getResultList()
                .stream().map(a -> answers((String) a)).toList();
        long enrolled = em.createNamedQuery("Enrolment.countEnrolled", Long.class).setParameter("cohort", cohortId)
                .getSingleResult();
        return new Report(cohort, enrolled, template.anonymous(), ReactionResults.of(template.questions(), responses));
    }

    private boolean answered(Long cohortId, Long accountId) {
        return !em.createNativeQuery("select 1 from survey_participation where cohort_id = ?1 and account_id = ?2 and kind = ?3")
                .setParameter(1, cohortId).setParameter(2, accountId).setParameter(3, SurveyTemplates.REACTION)
                .getResultList().isEmpty();
    }

    private static boolean open(Cohort cohort, LocalDate today) {
        return !today.isBefore(opens(cohort)) && !today.isAfter(closes(cohort));
    }

    private static LocalDate opens(Cohort cohort) {
        LocalDate opens = cohort.getEndsOn().minusDays(OPENS_DAYS_BEFORE_END);
        return opens.isBefore(cohort.getStartsOn()) ? cohort.getStartsOn() : opens;
    }

    private static LocalDate closes(Cohort cohort) {
        return cohort.getEndsOn().plusDays(CLOSES_DAYS_AFTER_END);
    }

    private static Map<String, String> answers(String json) {
        JsonObject o = JsonText.JSON.createReader(new StringReader(json)).readObject();
        Map<String, String> answers = new HashMap<>();
        o.forEach((key, value) -> answers.put(key, ((JsonString) value).getString()));
        return answers;
    }
}
