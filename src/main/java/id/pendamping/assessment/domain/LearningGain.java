package id.pendamping.assessment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * What a trainee learnt, from the pre-test to the post-test: the gain in percentage points, and the
 * normalised gain (Hake's g: the share of what there was to gain that was gained), which compares
 * fairly a trainee who started at 20% with one who started at 80%.
 */
public record LearningGain(BigDecimal pre, BigDecimal post) {

    public BigDecimal points() {
        return post.subtract(pre);
    }

    /** (post - pre) / (100 - pre); empty when the pre-test was already 100%. */
    public Optional<BigDecimal> normalised() {
        BigDecimal room = BigDecimal.valueOf(100).subtract(pre);
        return room.signum() == 0 ? Optional.empty() : Optional.of(points().divide(room, 4, RoundingMode.HALF_UP));
    }

    /** A cohort's gain: the mean pre-test and post-test of the trainees who took both. */
    public static Optional<LearningGain> ofCohort(List<LearningGain> trainees) {
        if (trainees.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal n = BigDecimal.valueOf(trainees.size());
        BigDecimal pre = trainees.stream().map(LearningGain::pre).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(n, 2, RoundingMode.HALF_UP);
        BigDecimal post = trainees.stream().map(LearningGain::post).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(n, 2, RoundingMode.HALF_UP);
        return Optional.of(new LearningGain(pre, post));
    }
}
