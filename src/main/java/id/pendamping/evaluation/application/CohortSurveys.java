package id.pendamping.evaluation.application;

import id.pendamping.evaluation.domain.ReactionResults;
import id.pendamping.evaluation.domain.SurveyKind;
import id.pendamping.evaluation.domain.SurveyQuestions;
import id.pendamping.evaluation.domain.TrainerQuestions;
import id.pendamping.learning.application.CohortService;
import id.pendamping.learning.application.CohortStaff;
import id.pendamping.learning.application.StudyService;
import id.pendamping.learning.domain.Cohort;
import id.pendamping.learning.domain.Enrolment;
import id.pendamping.platform.Calendars;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A cohort's surveys ({@link SurveyKind}): the reaction survey (Kirkpatrick level 1) that each
 * trainee answers once around the cohort's end, and the follow-ups (level 3) its alumni answer three
 * and six months later. The coordinator of the centre reads the results. Anonymous responses are
 * stored with no account, a random id and the day only.
 */
@ApplicationScoped
public class CohortSurveys {

    public static final int MAX_COMMENT = 2000;
    /**
     * Below this many anonymous responses the results are withheld: with one or two, a coordinator
     * who knows who answered could tell whose ratings and comments they are.
     */
    public static final int MIN_ANONYMOUS_RESPONSES = 3;

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

    @Inject
    CohortStaff staff;

    /** The survey as the trainee sees it. */
    public record Form(SurveyKind kind, String cohortName, List<SurveyQuestions.Question> questions, boolean anonymous,
                       boolean answered, boolean open, LocalDate opensOn, LocalDate closesOn) {
    }

    /**
     * The results of a cohort for its coordinator: never who answered what. When withheld, the
     * summary holds the number of responses only.
     */
    public record Report(Cohort cohort, SurveyKind kind, long enrolled, boolean anonymous, boolean withheld,
                         ReactionResults.Summary summary) {
    }

    @Transactional
    public Form form(Long enrolmentId) {
        return form(SurveyKind.REACTION, enrolmentId);
    }

    @Transactional
    public Form form(SurveyKind kind, Long enrolmentId) {
        Enrolment enrolment = study.myEnrolment(enrolmentId);
        Cohort cohort = enrolment.getCohort();
        SurveyTemplates.Template template = templates.of(cohort.getTrainingCenter().getId(), kind.template());
        return new Form(kind, cohort.getName(), questions(kind, cohort, template), template.anonymous(),
                answered(kind, cohort.getId(), enrolment.getAccount().getId()), open(kind, cohort),
                kind.opensOn(cohort.getStartsOn(), cohort.getEndsOn()), kind.closesOn(cohort.getEndsOn()));
    }

    @Transactional
    public void answer(Long enrolmentId, Map<String, String> answers) {
        answer(SurveyKind.REACTION, enrolmentId, answers);
    }

    /** Records the trainee's answers: every rating from 1 to 5, comments optional. Once per trainee and survey. */
    @Transactional
    public void answer(SurveyKind kind, Long enrolmentId, Map<String, String> answers) {
        Enrolment enrolment = study.myEnrolment(enrolmentId);
        Cohort cohort = enrolment.getCohort();
        // Locked so that a double click answers once.
        em.createNativeQuery("select id from enrolment where id = ?1 for update").setParameter(1, enrolmentId).getResultList();
        Long account = enrolment.getAccount().getId();
        if (!open(kind, cohort)) {
            throw new InvalidInput("survey", "survey.closed");
        }
        if (answered(kind, cohort.getId(), account)) {
            throw new InvalidInput("survey", "survey.alreadyAnswered");
        }
        SurveyTemplates.Template template = templates.of(cohort.getTrainingCenter().getId(), kind.template());
        JsonObjectBuilder json = JsonText.JSON.createObjectBuilder();
        List<SurveyQuestions.Question> questions = questions(kind, cohort, template);
        for (int number = 1; number <= questions.size(); number++) {
            SurveyQuestions.Question q = questions.get(number - 1);
            String value = answers.get(q.code()) == null ? "" : answers.get(q.code()).strip();
            if (q.type() == SurveyQuestions.Type.SCALE) {
                if (!value.matches("[1-5]")) {
                    throw new InvalidInput(q.code(), "survey.ratingRequired", number);
                }
            } else if (value.length() > MAX_COMMENT) {
                throw new InvalidInput(q.code(), "survey.commentTooLong", number, MAX_COMMENT);
            }
            if (!value.isEmpty()) {
                json.add(q.code(), value);
            }
        }
        em.createNativeQuery("insert into survey_participation (cohort_id, account_id, kind) values (?1, ?2, ?3)")
                .setParameter(1, cohort.getId()).setParameter(2, account).setParameter(3, kind.name())
                .executeUpdate();
        em.createNativeQuery("insert into survey_response (id, cohort_id, kind, answers, submitted_on, account_id) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, UUID.randomUUID().toString())
                .setParameter(2, cohort.getId()).setParameter(3, kind.name())
                .setParameter(4, json.build().toString()).setParameter(5, Calendars.today(clock))
                .setParameter(6, template.anonymous() ? null : account).executeUpdate();
    }

    @Transactional
    public Report report(Long cohortId) {
        return report(SurveyKind.REACTION, cohortId);
    }

    /** The cohort's results of one survey, for a coordinator of its centre. */
    @Transactional
    public Report report(SurveyKind kind, Long cohortId) {
        Cohort cohort = cohorts.cohort(cohortId);
        SurveyTemplates.Template template = templates.of(cohort.getTrainingCenter().getId(), kind.template());
        List<Map<String, String>> responses = em.createNativeQuery("select answers from survey_response where cohort_id = ?1 "
                        + "and kind = ?2").setParameter(1, cohortId).setParameter(2, kind.name()).getResultList()
                .stream().map(a -> answers((String) a)).toList();
        long enrolled = em.createNamedQuery("Enrolment.countEnrolled", Long.class).setParameter("cohort", cohortId)
                .getSingleResult();
        boolean withheld = template.anonymous() && responses.size() < MIN_ANONYMOUS_RESPONSES;
        ReactionResults.Summary summary = withheld ? new ReactionResults.Summary(responses.size(), List.of(), List.of())
                : ReactionResults.of(questions(kind, cohort, template), responses);
        return new Report(cohort, kind, enrolled, template.anonymous(), withheld, summary);
    }

    /** The template's questions, and on the reaction survey those about each of the cohort's trainers. */
    private List<SurveyQuestions.Question> questions(SurveyKind kind, Cohort cohort, SurveyTemplates.Template template) {
        if (kind != SurveyKind.REACTION) {
            return template.questions();
        }
        List<SurveyQuestions.Question> questions = new ArrayList<>(template.questions());
        for (CohortStaff.Trainer trainer : staff.trainersOf(cohort.getId())) {
            questions.addAll(TrainerQuestions.about(trainer.position(), trainer.name()));
        }
        return questions;
    }

    /** The follow-up surveys the trainee may answer today and has not answered yet. */
    @Transactional
    public List<SurveyKind> dueFollowUps(Long enrolmentId) {
        Enrolment enrolment = study.myEnrolment(enrolmentId);
        Cohort cohort = enrolment.getCohort();
        return Stream.of(SurveyKind.FOLLOW_UP_3, SurveyKind.FOLLOW_UP_6)
                .filter(kind -> open(kind, cohort) && !answered(kind, cohort.getId(), enrolment.getAccount().getId()))
                .toList();
    }

    private boolean answered(SurveyKind kind, Long cohortId, Long accountId) {
        return !em.createNativeQuery("select 1 from survey_participation where cohort_id = ?1 and account_id = ?2 and kind = ?3")
                .setParameter(1, cohortId).setParameter(2, accountId).setParameter(3, kind.name())
                .getResultList().isEmpty();
    }

    private boolean open(SurveyKind kind, Cohort cohort) {
        return kind.openOn(Calendars.today(clock), cohort.getStartsOn(), cohort.getEndsOn());
    }

    private static Map<String, String> answers(String json) {
        JsonObject o = JsonText.JSON.createReader(new StringReader(json)).readObject();
        Map<String, String> answers = new HashMap<>();
        o.forEach((key, value) -> answers.put(key, ((JsonString) value).getString()));
        return answers;
    }
}
