package id.pendamping.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.assessment.domain.LearningGain;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class CentreTrendTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private static CentreTrend.Point cohort(String name, LocalDate start, int enrolled, int complete, Double reaction,
                                            String gainPre, String gainPost, int certificates) {
        Optional<LearningGain> gain = gainPre == null ? Optional.empty()
                : Optional.of(new LearningGain(new BigDecimal(gainPre), new BigDecimal(gainPost)));
        return new CentreTrend.Point(name, start, new CohortFigures(enrolled, complete, enrolled, complete, gain, 1,
                reaction == null ? OptionalDouble.empty() : OptionalDouble.of(reaction), certificates));
    }

    @Test
    void chartsTheCohortsInDateOrderAndTablesThemNewestFirst() {
        CentreTrend trend = new CentreTrend(List.of(
                cohort("B", LocalDate.of(2026, 3, 1), 20, 10, 4.0, "40", "70", 10),
                cohort("A", LocalDate.of(2026, 1, 1), 10, 10, null, null, null, 0)), INDONESIAN);
        assertThat(trend.getEnrolled()).containsExactly(new CentreTrend.Bar("A", "10", 50), new CentreTrend.Bar("B", "20", 100));
        assertThat(trend.getCompletion()).containsExactly(new CentreTrend.Bar("A", "100 %", 100),
                new CentreTrend.Bar("B", "50 %", 50));
        assertThat(trend.getGain()).containsExactly(new CentreTrend.Bar("A", "–", 0), new CentreTrend.Bar("B", "30,0", 100));
        assertThat(trend.getReaction().get(1)).isEqualTo(new CentreTrend.Bar("B", "4,00", 80));
        assertThat(trend.getCertificates().get(0)).isEqualTo(new CentreTrend.Bar("A", "0", 0));
        assertThat(trend.getRows()).extracting(CentreTrend.Row::cohortName).containsExactly("B", "A");
        assertThat(trend.getRows().get(0).gain()).isEqualTo("30,0");
        assertThat(trend.getRows().get(1).reaction()).isEqualTo("–");
    }

    @Test
    void aLossIsShownWithItsSignAndALengthLikeAGain() {
        CentreTrend trend = new CentreTrend(List.of(cohort("A", LocalDate.of(2026, 1, 1), 10, 5, null, "60", "50", 0),
                cohort("B", LocalDate.of(2026, 2, 1), 10, 5, null, "40", "60", 0)), Locale.ENGLISH);
        assertThat(trend.getGain()).containsExactly(new CentreTrend.Bar("A", "-10.0", 50), new CentreTrend.Bar("B", "20.0", 100));
    }

    @Test
    void chartsOnlyTheLatestCohortsButTablesThemAll() {
        List<CentreTrend.Point> points = new ArrayList<>();
        for (int i = 0; i < CentreTrend.CHARTED + 5; i++) {
            points.add(cohort("C" + i, LocalDate.of(2024, 1, 1).plusMonths(i), 10, 5, null, null, null, 0));
        }
        CentreTrend trend = new CentreTrend(points, INDONESIAN);
        assertThat(trend.getCharted()).isEqualTo(CentreTrend.CHARTED);
        assertThat(trend.getTotal()).isEqualTo(CentreTrend.CHARTED + 5);
        assertThat(trend.getEnrolled().get(0).label()).isEqualTo("C5");
        assertThat(trend.getRows()).hasSize(CentreTrend.CHARTED + 5);
    }

    @Test
    void aCentreWithoutCohortsIsEmpty() {
        assertThat(new CentreTrend(List.of(), INDONESIAN).isEmpty()).isTrue();
    }
}
