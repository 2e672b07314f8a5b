package id.pendamping.evaluation.domain;

import id.pendamping.assessment.domain.LearningGain;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a centre reports upward for one cohort: how many were enrolled and finished, how the
 * post-test went, what was learnt from pre-test to post-test, how the training was received and how
 * many certificates were issued. Aggregates only: nothing in it names or counts back to a trainee.
 * Pure, so the dashboards, reports and exports all count the same way.
 */
public record CohortFigures(int enrolled, int complete, int postTestTaken, int postTestPassed,
                            Optional<LearningGain> gain, int reactionResponses, OptionalDouble reactionMean,
                            int certificates) {

    /** One enrolled trainee as the figures count them: progress in percent and the grades that count, if any. */
    public record Standing(int progressPercent, BigDecimal preTest, BigDecimal postTest) {
    }

    /**
     * @param passPercent the post-test's pass mark, null when the programme has no post-test
     */
    public static CohortFigures tally(List<Standing> trainees, BigDecimal passPercent, int reactionResponses,
                                      OptionalDouble reactionMean, int certificates) {
        int complete = 0;
        int taken = 0;
        int passed = 0;
        List<LearningGain> gains = new ArrayList<>();
        for (Standing s : trainees) {
            if (s.progressPercent() >= 100) {
                complete++;
            }
            if (s.postTest() != null && passPercent != null) {
                taken++;
                if (s.postTest().compareTo(passPercent) >= 0) {
                    passed++;
                }
                if (s.preTest() != null) {
                    gains.add(new LearningGain(s.preTest(), s.postTest()));
                }
            }
        }
        return new CohortFigures(trainees.size(), complete, taken, passed, LearningGain.ofCohort(gains), reactionResponses,
                reactionMean, certificates);
    }

    /** The share of the enrolled who finished every lesson, in whole percent; null with nobody enrolled. */
    public Integer completionPercent() {
        return percent(complete, enrolled);
    }

    /** The share of those who took the post-test who passed it; null when nobody took it. */
    public Integer passRate() {
        return percent(postTestPassed, postTestTaken);
    }

    /** The cohort's gain in percentage points (mean post-test less mean pre-test), if anyone took both. */
    public Optional<BigDecimal> gainPoints() {
        return gain.map(LearningGain::points);
    }

    /** part of whole in whole percent, rounded half up; null when whole is 0. */
    public static Integer percent(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(100L * part).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP)
                .intValue();
    }

    /** The mean of every rating given on a survey, all statements together; empty without ratings. */
    public static OptionalDouble ratingMean(List<ReactionResults.Scale> scales) {
        double sum = 0;
        int answers = 0;
        for (ReactionResults.Scale scale : scales) {
            for (int i = 0; i < scale.counts().length; i++) {
                sum += (i + 1) * scale.counts()[i];
                answers += scale.counts()[i];
            }
        }
        return answers == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / answers);
    }
}
