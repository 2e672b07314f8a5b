package id.pendamping.assessment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/** Which of a trainee's attempts at a quiz counts, as Moodle offers: the highest, last, first or average. */
public enum Grading {
    HIGHEST, LAST, FIRST, AVERAGE;

    /** @param percents the graded attempts' percentages, in the order the attempts were started */
    public Optional<BigDecimal> of(List<BigDecimal> percents) {
        if (percents.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (this) {
            case HIGHEST -> percents.stream().max(BigDecimal::compareTo).orElseThrow();
            case LAST -> percents.get(percents.size() - 1);
            case FIRST -> percents.get(0);
            case AVERAGE -> percents.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(percents.size()), 2, RoundingMode.HALF_UP);
        });
    }
}
