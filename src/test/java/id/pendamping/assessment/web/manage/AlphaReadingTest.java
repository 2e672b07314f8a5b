package id.pendamping.assessment.web.manage;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.assessment.statistics.Reliability;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Alpha is read in George and Mallery's bands, as the page shows it: to two decimals. */
class AlphaReadingTest {

    @Test
    void eachBandStartsAtItsLowerLimit() {
        assertThat(reading(0.95)).isEqualTo(AlphaReading.EXCELLENT);
        assertThat(reading(0.90)).isEqualTo(AlphaReading.EXCELLENT);
        assertThat(reading(0.85)).isEqualTo(AlphaReading.GOOD);
        assertThat(reading(0.70)).isEqualTo(AlphaReading.ACCEPTABLE);
        assertThat(reading(0.65)).isEqualTo(AlphaReading.QUESTIONABLE);
        assertThat(reading(0.50)).isEqualTo(AlphaReading.POOR);
        assertThat(reading(0.49)).isEqualTo(AlphaReading.UNACCEPTABLE);
        assertThat(reading(-0.3)).as("items that disagree").isEqualTo(AlphaReading.UNACCEPTABLE);
    }

    @Test
    void aFigureShownAsTheLimitIsReadAsTheLimit() {
        assertThat(reading(0.8999999)).as("shown as 0.90").isEqualTo(AlphaReading.EXCELLENT);
        assertThat(reading(0.794)).as("shown as 0.79").isEqualTo(AlphaReading.ACCEPTABLE);
    }

    @Test
    void anAlphaThatCannotBeComputedIsSaidSo() {
        assertThat(AlphaReading.of(new Reliability(1, 30, OptionalDouble.empty()))).isEqualTo(AlphaReading.NOT_COMPUTABLE);
    }

    private static AlphaReading reading(double alpha) {
        return AlphaReading.of(new Reliability(10, 30, OptionalDouble.of(alpha)));
    }
}
