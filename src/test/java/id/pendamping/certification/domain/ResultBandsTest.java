package id.pendamping.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ResultBandsTest {

    private final ResultBands bands = ResultBands.parse(ResultBands.DEFAULT);

    @Test
    void eachScoreFallsInTheHighestBandItReaches() {
        assertThat(bands.of(new BigDecimal("100")).indonesian()).isEqualTo("Sangat Memuaskan");
        assertThat(bands.of(new BigDecimal("90")).indonesian()).isEqualTo("Sangat Memuaskan");
        assertThat(bands.of(new BigDecimal("89.99")).indonesian()).isEqualTo("Memuaskan");
        assertThat(bands.of(new BigDecimal("70")).english()).isEqualTo("Good");
        assertThat(bands.of(BigDecimal.ZERO).indonesian()).isEqualTo("Cukup");
    }

    @Test
    void bandsMayBeWrittenInAnyOrder() {
        ResultBands shuffled = ResultBands.parse("0:Cukup|Fair; 85:Amat Baik|Very good ;60:Baik|Good");
        assertThat(shuffled.of(new BigDecimal("86")).english()).isEqualTo("Very good");
        assertThat(shuffled.of(new BigDecimal("59")).english()).isEqualTo("Fair");
    }

    @Test
    void malformedBandsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> ResultBands.parse("90:Sangat|Excellent;70:Baik|Good")).hasMessage("certificate.settings.bands.needsZero");
        assertThatThrownBy(() -> ResultBands.parse("90:Sangat;0:Cukup|Fair")).hasMessage("certificate.settings.bands.malformed");
        assertThatThrownBy(() -> ResultBands.parse("x:Sangat|A;0:Cukup|Fair")).hasMessage("certificate.settings.bands.malformed");
        assertThatThrownBy(() -> ResultBands.parse("120:Sangat|A;0:Cukup|Fair")).hasMessage("certificate.settings.bands.range");
        assertThatThrownBy(() -> ResultBands.parse("0:Baik|Good;0:Cukup|Fair")).hasMessage("certificate.settings.bands.duplicate");
        assertThatThrownBy(() -> ResultBands.parse(" ")).hasMessage("certificate.settings.bands.required");
    }
}
