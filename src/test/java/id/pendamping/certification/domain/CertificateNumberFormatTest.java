package id.pendamping.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CertificateNumberFormatTest {

    private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 22);

    @Test
    void theDefaultGivesSequenceCentreRomanMonthAndYear() {
        assertThat(CertificateNumberFormat.of(CertificateNumberFormat.DEFAULT).number(7, "BBPPKS-JKT", NOVEMBER))
                .isEqualTo("0007/BBPPKS-JKT/PLT/XI/2026");
    }

    @Test
    void everyPlaceholderIsFilled() {
        assertThat(CertificateNumberFormat.of("STTPP-{year}{month}-{seq}").number(123, "X", LocalDate.of(2027, 1, 5)))
                .isEqualTo("STTPP-202701-123");
        assertThat(CertificateNumberFormat.of("{centre}.{seq:6}.{year}").number(42, "PUSDIKLAT", NOVEMBER))
                .isEqualTo("PUSDIKLAT.000042.2026");
    }

    @Test
    void aPatternWithoutSequenceOrYearCouldRepeatNumbersAndIsRefused() {
        assertThat(CertificateNumberFormat.problems("{seq}/{centre}")).contains("certificate.settings.numberFormat.needsSeqAndYear");
        assertThat(CertificateNumberFormat.problems("{centre}/{year}")).contains("certificate.settings.numberFormat.needsSeqAndYear");
        assertThatThrownBy(() -> CertificateNumberFormat.of("{centre}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownOrBrokenPlaceholdersAreRefused() {
        assertThat(CertificateNumberFormat.problems("{seq}/{yaer}/{year}")).contains("certificate.settings.numberFormat.unknownToken");
        assertThat(CertificateNumberFormat.problems("{seq}/{year")).contains("certificate.settings.numberFormat.unknownToken");
        assertThat(CertificateNumberFormat.problems("")).containsExactly("certificate.settings.numberFormat.required");
        assertThat(CertificateNumberFormat.problems("{seq}/{year}/" + "X".repeat(60)))
                .contains("certificate.settings.numberFormat.tooLong");
        assertThat(CertificateNumberFormat.problems(CertificateNumberFormat.DEFAULT)).isEmpty();
    }
}
