package id.pendamping.evaluation.application;

import id.pendamping.assessment.application.CohortQuizResults;
import id.pendamping.assessment.application.QuizGrades;
import id.pendamping.assessment.domain.LearningGain;
import id.pendamping.assessment.domain.Quiz;
import id.pendamping.assessment.domain.QuizKind;
import id.pendamping.certification.application.CertificateIssuer;
import id.pendamping.evaluation.domain.CohortFigures;
import id.pendamping.learning.application.CohortProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
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
    CohortSurveys surveys;

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
        return summarise(table, quizResults.overview(cohortId), surveys.report(cohortId),
                certificates.currentIn(cohortId).size());
    }

    /** The dashboard of what has already been read (the cohort report reads it once for both). */
    static Dashboard summarise(CohortProgress.Table table, CohortQuizResults.Overview quizzes,
                               CohortSurveys.Report reaction, int certificatesIssued) {
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
        Integer passRate = CohortFigures.percent(quizzes.postTestPassed(), quizzes.postTestTaken());
        OptionalDouble surveyMean = CohortFigures.ratingMean(reaction.summary().scales());
        return new Dashboard(table.cohort().getName(), enrolled, bars(PROGRESS_BANDS, progressCounts, enrolled), complete,
                bars(SCORE_BANDS, scoreCounts, postGrades.size()), quizzes.postTestTaken(), quizzes.postTestPassed(),
                passRate, postMean, quizzes.cohortGain(), certificatesIssued, reaction.summary().responses(), surveyMean);
    }

    /**
     * The cohort's progress over time: for each week since it started, the mean share of the
     * programme's lessons studied by its end. The label is the week's first day (ISO), the count the percent.
     */
    @Transactional
    public List<Bar> progressOverTime(Long cohortId) {
        return progress.weekly(cohortId).stream()
                .map(w -> new Bar(w.startsOn().toString(), w.percent(), w.percent())).toList();
    }

    private static List<Bar> bars(String[] labels, int[] counts, int total) {
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            bars.add(new Bar(labels[i], counts[i], total == 0 ? 0 : Math.round(100f * counts[i] / total)));
        }
        return bars;
    }
}
