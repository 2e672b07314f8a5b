package id.pendamping.evaluation.application;

import id.pendamping.assessment.application.QuizGrades;
import id.pendamping.assessment.domain.Quiz;
import id.pendamping.assessment.domain.QuizKind;
import id.pendamping.curriculum.application.Catalogue;
import id.pendamping.curriculum.domain.CurriculumLesson;
import id.pendamping.curriculum.domain.CurriculumModule;
import id.pendamping.evaluation.domain.CohortFigures;
import id.pendamping.evaluation.domain.ReactionResults;
import id.pendamping.identity.application.Caller;
import id.pendamping.identity.domain.Account;
import id.pendamping.identity.domain.Role;
import id.pendamping.identity.domain.TrainingCenter;
import id.pendamping.learning.application.ProgressCalculation;
import id.pendamping.learning.domain.Cohort;
import id.pendamping.learning.domain.Enrolment;
import id.pendamping.learning.domain.StudyProgress;
import id.pendamping.platform.AccessDenied;
import id.pendamping.platform.JsonText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A centre's cohorts side by side, as its coordinator follows them over time and reports them
 * upward: one line of {@link CohortFigures} per cohort, aggregates only. A coordinator sees their own
 * centre; an admin any centre, and every centre at once.
 *
 * <p>A centre runs dozens of cohorts, so the figures are not the per-cohort dashboard called once per
 * cohort: each kind of fact (enrolments, lessons studied, graded attempts, certificates, survey
 * answers) is read for a batch of cohorts in one query and counted here.
 */
@ApplicationScoped
public class CentreReports {

    /** Cohorts read per batch, well under the databases' limits on an IN list. */
    static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Catalogue catalogue;

    @Inject
    QuizGrades quizGrades;

    @Inject
    SurveyTemplates templates;

    /** One cohort's line: the cohort (with its programme and centre) and its figures. */
    public record Line(Cohort cohort, CohortFigures figures) {
    }

    /** A centre with its cohorts' lines, oldest cohort first. */
    public record Centre(TrainingCenter centre, List<Line> lines) {
    }

    /** The coordinator's own centre. */
    @Transactional
    public Centre mine() {
        caller.require(Role.COORDINATOR);
        return centre(caller.account().getTrainingCenter());
    }

    /** Any centre for an admin; a coordinator only their own, any other id refused as if it did not exist. */
    @Transactional
    public Centre of(Long centreId) {
        caller.require(Role.ADMIN, Role.COORDINATOR);
        TrainingCenter centre = centreId == null ? null : em.find(TrainingCenter.class, centreId);
        Account me = caller.account();
        if (centre == null || (!caller.hasRole(Role.ADMIN) && !me.belongsTo(centre))) {
            throw new AccessDenied("centre " + centreId);
        }
        return centre(centre);
    }

    /** Every centre's cohorts, for an admin: centre by centre, oldest cohort first. */
    @Transactional
    public List<Line> allCentres() {
        caller.require(Role.ADMIN);
        return lines(em.createQuery("select c from Cohort c order by c.trainingCenter.name, c.startsOn, c.id", Cohort.class)
                .getResultList());
    }

    /** The centres an admin picks from. */
    @Transactional
    public List<TrainingCenter> centres() {
        caller.require(Role.ADMIN);
        return em.createNamedQuery("TrainingCenter.all", TrainingCenter.class).getResultList();
    }

    private Centre centre(TrainingCenter centre) {
        return new Centre(centre, lines(em.createQuery("select c from Cohort c where c.trainingCenter.id = :centre "
                + "order by c.startsOn, c.id", Cohort.class).setParameter("centre", centre.getId()).getResultList()));
    }

    private List<Line> lines(List<Cohort> cohorts) {
        List<Line> lines = new ArrayList<>();
        Batch batch = new Batch();
        for (int from = 0; from < cohorts.size(); from += BATCH) {
            lines.addAll(batch.lines(cohorts.subList(from, Math.min(cohorts.size(), from + BATCH))));
        }
        return lines;
    }

    /** The counting of one request, keeping what every batch shares (outlines, quizzes, templates). */
    private final class Batch {

        private final Map<Long, Map<CurriculumModule, List<CurriculumLesson>>> outlines = new HashMap<>();
        private final Map<Long, List<Quiz>> quizzes = new HashMap<>();
        private final Map<Long, SurveyTemplates.Template> surveyTemplates = new HashMap<>();

        List<Line> lines(List<Cohort> cohorts) {
            List<Long> ids = cohorts.stream().map(Cohort::getId).toList();
            Map<Long, List<Long>> enrolments = new HashMap<>();
            for (Object[] row : em.createQuery("select e.cohort.id, e.id from Enrolment e where e.cohort.id in :ids "
                    + "and e.status = :enrolled", Object[].class).setParameter("ids", ids)
                    .setParameter("enrolled", Enrolment.Status.ENROLLED).getResultList()) {
                enrolments.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Long) row[1]);
            }
            Map<Long, Set<String>> studied = new HashMap<>();
            for (Object[] row : em.createQuery("select p.enrolmentId, p.lessonKey, p.contentHash from LessonProgress p, "
                    + "Enrolment e where p.enrolmentId = e.id and e.cohort.id in :ids and e.status = :enrolled", Object[].class)
                    .setParameter("ids", ids).setParameter("enrolled", Enrolment.Status.ENROLLED).getResultList()) {
                studied.computeIfAbsent((Long) row[0], k -> new HashSet<>())
                        .add(StudyProgress.key((String) row[1], (String) row[2]));
            }
            Map<Long, Long> certificates = new HashMap<>();
            for (Object[] row : em.createQuery("select e.cohort.id, count(c) from Certificate c, Enrolment e "
                    + "where c.currentForEnrolment = e.id and e.cohort.id in :ids group by e.cohort.id", Object[].class)
                    .setParameter("ids", ids).getResultList()) {
                certificates.put((Long) row[0], (Long) row[1]);
            }
            Map<Long, List<Map<String, String>>> responses = new HashMap<>();
            for (Object row : em.createNativeQuery("select cohort_id, answers from survey_response where kind = 'REACTION' "
                    + "and cohort_id in (?1)").setParameter(1, ids).getResultList()) {
                Object[] r = (Object[]) row;
                responses.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(answers((String) r[1]));
            }
            Map<Long, Map<String, BigDecimal>> grades = grades(cohorts, enrolments);

            List<Line> lines = new ArrayList<>();
            for (Cohort cohort : cohorts) {
                List<Quiz> programmeQuizzes = quizzesOf(cohort);
                Optional<Quiz> pre = QuizGrades.ofKind(programmeQuizzes, QuizKind.PRE_TEST);
                Optional<Quiz> post = QuizGrades.ofKind(programmeQuizzes, QuizKind.POST_TEST);
                Map<CurriculumModule, List<CurriculumLesson>> outline = outlines.computeIfAbsent(
                        cohort.getProgramme().getId(), k -> catalogue.outline(cohort.getProgramme()));
                List<CohortFigures.Standing> standings = new ArrayList<>();
                for (Long enrolment : enrolments.getOrDefault(cohort.getId(), List.of())) {
                    Map<String, BigDecimal> g = grades.getOrDefault(enrolment, Map.of());
                    standings.add(new CohortFigures.Standing(
                            ProgressCalculation.of(outline, studied.getOrDefault(enrolment, Set.of())).percent(),
                            pre.map(q -> g.get(q.getCode())).orElse(null), post.map(q -> g.get(q.getCode())).orElse(null)));
                }
                List<Map<String, String>> answers = responses.getOrDefault(cohort.getId(), List.of());
                SurveyTemplates.Template template = templateOf(cohort);
                // As on the survey's own results: too few anonymous answers show no mean, which would point at someone.
                boolean withheld = template.anonymous() && answers.size() < CohortSurveys.MIN_ANONYMOUS_RESPONSES;
                OptionalDouble mean = withheld ? OptionalDouble.empty()
                        : CohortFigures.ratingMean(ReactionResults.of(template.questions(), answers).scales());
                BigDecimal passMark = post.map(q -> QuizGrades.passMark(cohort.getProgramme(), q)).orElse(null);
                lines.add(new Line(cohort, CohortFigures.tally(standings, passMark, answers.size(), mean,
                        certificates.getOrDefault(cohort.getId(), 0L).intValue())));
            }
            return lines;
        }

        /** Grades per enrolment: one query per programme among the cohorts (usually one or two). */
        private Map<Long, Map<String, BigDecimal>> grades(List<Cohort> cohorts, Map<Long, List<Long>> enrolments) {
            Map<Long, List<Long>> enrolmentsByProgramme = new HashMap<>();
            Map<Long, Cohort> anyCohortOfProgramme = new HashMap<>();
            for (Cohort cohort : cohorts) {
                enrolmentsByProgramme.computeIfAbsent(cohort.getProgramme().getId(), k -> new ArrayList<>())
                        .addAll(enrolments.getOrDefault(cohort.getId(), List.of()));
                anyCohortOfProgramme.putIfAbsent(cohort.getProgramme().getId(), cohort);
            }
            Map<Long, Map<String, BigDecimal>> grades = new HashMap<>();
            enrolmentsByProgramme.forEach((programme, ids) -> {
                List<Quiz> tests = quizzesOf(anyCohortOfProgramme.get(programme)).stream()
                        .filter(q -> q.getKind() != QuizKind.MODULE_QUIZ).toList();
                if (!ids.isEmpty() && !tests.isEmpty()) {
                    grades.putAll(quizGrades.of(ids, tests));
                }
            });
            return grades;
        }

        private List<Quiz> quizzesOf(Cohort cohort) {
            return quizzes.computeIfAbsent(cohort.getProgramme().getId(), k -> quizGrades.ofProgramme(cohort.getProgramme()));
        }

        private SurveyTemplates.Template templateOf(Cohort cohort) {
            return surveyTemplates.computeIfAbsent(cohort.getTrainingCenter().getId(), templates::of);
        }
    }

    private static Map<String, String> answers(String json) {
        JsonObject o = JsonText.JSON.createReader(new StringReader(json)).readObject();
        Map<String, String> answers = new HashMap<>();
        o.forEach((key, value) -> answers.put(key, ((JsonString) value).getString()));
        return answers;
    }
}
