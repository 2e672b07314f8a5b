package id.pendamping.evaluation.application;

import id.pendamping.assessment.application.CohortQuizResults;
import id.pendamping.assessment.application.QuizGrades;
import id.pendamping.assessment.domain.LearningGain;
import id.pendamping.assessment.domain.Quiz;
import id.pendamping.assessment.domain.QuizKind;
import id.pendamping.certification.application.CertificateIssuer;
import id.pendamping.certification.domain.Certificate;
import id.pendamping.evaluation.domain.SurveyKind;
import id.pendamping.evaluation.domain.ImpactReview;
import id.pendamping.evaluation.domain.CohortFigures;
import id.pendamping.evaluation.domain.ReactionResults;
import id.pendamping.learning.application.CohortProgress;
import id.pendamping.learning.domain.Cohort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.OptionalDouble;

/**
 * One cohort's report for its coordinator, printed as a PDF or a spreadsheet: the dashboard's
 * figures, each trainee's progress, grades, gain, result and certificate number, the reaction
 * survey summed up, the follow-up waves (level 3) and the latest impact review (level 4). The survey part is aggregates and comments only (comments in alphabetical order),
 * so nothing in the report says which trainee answered what, anonymous template or not.
 * Only for a coordinator of the cohort's centre: every read goes through the owning context's check.
 */
@ApplicationScoped
public class CohortReport {

    @Inject
    CohortProgress progress;

    @Inject
    CohortQuizResults quizResults;

    @Inject
    CertificateIssuer certificates;

    @Inject
    CohortSurveys surveys;

    @Inject
    ImpactReviews impactReviews;

    /** One trainee's line; grades by quiz code, absent when the quiz has no graded attempt. */
    public record Trainee(String fullName, String email, int progressPercent, BigDecimal jpStudied,
                          Map<String, BigDecimal> grades, BigDecimal preTest, BigDecimal postTest,
                          Optional<LearningGain> gain, Boolean passed, String certificateNumber) {
    }

    /**
     * @param moduleQuizzes the programme's quizzes other than its pre-test and post-test, in order
     * @param surveyWithheld too few anonymous responses to show any result without pointing at someone
     */
    public record Report(Cohort cohort, CohortDashboard.Dashboard figures, List<Quiz> moduleQuizzes,
                         List<Trainee> trainees, boolean anonymousSurvey, boolean surveyWithheld,
                         ReactionResults.Summary survey, List<FollowUp> followUps, Optional<ImpactReview> latestImpact) {
    }

    /** A follow-up wave (level 3) in figures: responses, and the mean rating unless withheld or none. */
    public record FollowUp(SurveyKind kind, int responses, OptionalDouble mean) {
    }

    @Transactional
    public Report of(Long cohortId) {
        CohortProgress.Table table = progress.of(cohortId);
        CohortQuizResults.Overview quizzes = quizResults.overview(cohortId);
        CohortSurveys.Report reaction = surveys.report(cohortId);
        Map<Long, Certificate> issued = certificates.currentIn(cohortId);
        CohortDashboard.Dashboard figures = CohortDashboard.summarise(table, quizzes, reaction, issued.size());

        Optional<Quiz> pre = QuizGrades.ofKind(quizzes.quizzes(), QuizKind.PRE_TEST);
        Optional<Quiz> post = QuizGrades.ofKind(quizzes.quizzes(), QuizKind.POST_TEST);
        // The two tables come from different contexts; an account's email is unique, so it joins them.
        Map<String, CohortQuizResults.TraineeRow> gradesByEmail = new HashMap<>();
        quizzes.rows().forEach(r -> gradesByEmail.put(r.enrolment().getAccount().getEmail(), r));
        List<Trainee> trainees = new ArrayList<>();
        for (CohortProgress.Row row : table.rows()) {
            CohortQuizResults.TraineeRow grades = gradesByEmail.get(row.getEmail());
            Map<String, BigDecimal> byQuiz = grades == null ? Map.of() : grades.grades();
            BigDecimal preTest = pre.map(q -> byQuiz.get(q.getCode())).orElse(null);
            BigDecimal postTest = post.map(q -> byQuiz.get(q.getCode())).orElse(null);
            Boolean passed = postTest == null ? null
                    : postTest.compareTo(QuizGrades.passMark(table.cohort().getProgramme(), post.get())) >= 0;
            Certificate certificate = grades == null ? null : issued.get(grades.enrolment().getId());
            trainees.add(new Trainee(row.getFullName(), row.getEmail(), row.getPercent(), row.getJpStudied(), byQuiz,
                    preTest, postTest, grades == null ? Optional.empty() : grades.gain(), passed,
                    certificate == null ? null : certificate.getNumber()));
        }
        List<Quiz> moduleQuizzes = quizzes.quizzes().stream().filter(q -> q.getKind() == QuizKind.MODULE_QUIZ).toList();
        List<FollowUp> followUps = Stream.of(SurveyKind.FOLLOW_UP_3, SurveyKind.FOLLOW_UP_6).map(kind -> {
            CohortSurveys.Report wave = surveys.report(kind, cohortId);
            return new FollowUp(kind, wave.summary().responses(), CohortFigures.ratingMean(wave.summary().scales()));
        }).toList();
        return new Report(table.cohort(), figures, moduleQuizzes, trainees, reaction.anonymous(), reaction.withheld(),
                reaction.summary(), followUps, impactReviews.latest(cohortId));
    }
}
