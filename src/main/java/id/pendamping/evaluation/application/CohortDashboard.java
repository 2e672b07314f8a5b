package id.pendamping.evaluation.application;

import id.pendamping.assessment.application.CohortQuizResults;
import id.pendamping.assessment.application.QuizGrades;
import id.pendamping.assessment.domain.LearningGain;
import id.pendamping.assessment.domain.Quiz;
import id.pendamping.assessment.domain.QuizKind;
import id.pendamping.certification.application.CertificateIssuer;
import id.pendamping.evaluation.domain.ReactionResults;
import id.pendamping.learning.application.CohortProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A cohort at a glance for its coordinator: enrolment, how far the trainees are, the post-test's
 * score distribution and pass rate, the learning gain, certificates issued and how the training
 * was received. Everything is read from the contexts that own it, through their own access checks.
 */
@ApplicationScoped
public class CohortDashboard {

    @Inject
    CohortProgress progress;

    @Inject
    CohortQuizResults quizResults;

    @Inject
    CertificateIssuer certificates;

    @Inject
    ReactionSurveys surveys;

    /** One bar of a chart: its label (for the bundle or as is), how many, and the share of the whole. */
    public record Bar(String label, int count, int percent) {
    }

    public record Dashboard(String cohortName, int enrolled, List<Bar> progress, int complete, List<Bar> postTestScores,
                            int postTestTaken, int postTestPassed, Integer passRate, OptionalDouble postTestMean,
                            Optional<LearningGain> gain, int certificatesIssued, int surveyResponses,
                            OptionalDouble surveyMean) {
    }

    private static final String[] PROGRESS_BANDS = {"0-24", "25-49", "50-74", "75-99", "100"};
    private static final String[] SCORE_BANDS = {"0-19", "20-39", "40-59", "60-79", "80-100"};

    @Transactional
    public Dashboard of(Long cohortId) {
        CohortProgress.Table table = progress.of(cohortId);
        int enrolled = table.rows().size();
        int[] progressCounts = new int[5];
        int complete = 0;
        for (CohortProgress.Row row : table.rows()) {
            int p = row.getPercent();
            progressCounts[p >= 100 ? 4 : p / 25]++;
            if (p >= 100) {
                complete++;
            }
        }
        CohortQuizResults.Overview quizzes = quizResults.overview(cohortId);
        Optional<Quiz> postTest = QuizGrades.ofKind(quizzes.quizzes(), QuizKind.POST_TEST);
        int[] scoreCounts = new int[5];
        List<BigDecimal> postGrades = new ArrayList<>();
        postTest.ifPresent(q -> quizzes.rows().forEach(r -> {
            BigDecimal grade = r.grade(q.getCode());
            if (grade != null) {
                postGrades.add(grade);
                scoreCounts[Math.min(4, grade.intValue() / 20)]++;
            }
        }));
        OptionalDouble postMean = postGrades.stream().mapToDouble(BigDecimal::doubleValue).average();
        Integer passRate = quizzes.postTestTaken() == 0 ? null : BigDecimal.valueOf(100L * quizzes.postTestPassed())
                .divide(BigDecimal.valueOf(quizzes.postTestTaken()), 0, RoundingMode.HALF_UP).intValue();
        ReactionSurveys.Report reaction = surveys.report(cohortId);
        OptionalDouble surveyMean = weightedMean(reaction.summary().scales());
        return new Dashboard(table.cohort().getName(), enrolled, bars(PROGRESS_BANDS, progressCounts, enrolled), complete,
                bars(SCORE_BANDS, scoreCounts, postGrades.size()), quizzes.postTestTaken(), quizzes.postTestPassed(),
                passRate, postMean, quizzes.cohortGain(), certificates.currentIn(cohortId).size(),
                reaction.summary().responses(), surveyMean);
    }

    /** The mean of every rating given on the survey, all statements together; empty without ratings. */
    private static OptionalDouble weightedMean(List<ReactionResults.Scale> scales) {
        double sum = 0;
        int answers = 0;
        for (ReactionResults.Scale scale : scales) {
            for (int i = 0; i < 5; i++) {
                sum += (i + 1) * scale.counts()[i];
                answers += scale.counts()[i];
            }
        }
        return answers == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / answers);
    }

    private static List<Bar> bars(String[] labels, int[] counts, int total) {
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            bars.add(new Bar(labels[i], counts[i], total == 0 ? 0 : Math.round(100f * counts[i] / total)));
        }
        return bars;
    }
}
