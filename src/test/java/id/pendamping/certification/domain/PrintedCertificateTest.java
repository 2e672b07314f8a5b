package id.pendamping.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.certification.SampleCertificates;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PrintedCertificateTest {

    @Test
    void everyPrintedFieldSurvivesStorage() {
        PrintedCertificate printed = SampleCertificates.training("Rina Kartika Sari");
        assertThat(PrintedCertificate.fromJson(printed.toJson())).isEqualTo(printed);
    }

    @Test
    void aCorrectionKeepsEverythingButNumberNameDateAndLink() {
        PrintedCertificate printed = SampleCertificates.training("Rina Kartika");
        PrintedCertificate corrected = printed.reissued("0008/X/2026", "Rina Kartika Sari", LocalDate.of(2026, 12, 1), "u");
        assertThat(corrected.holderName()).isEqualTo("Rina Kartika Sari");
        assertThat(corrected.number()).isEqualTo("0008/X/2026");
        assertThat(corrected.lines()).isEqualTo(printed.lines());
        assertThat(corrected.score()).isEqualTo(printed.score());
        assertThat(corrected.periodFrom()).isEqualTo(printed.periodFrom());
    }

    @Test
    void hoursArePrintedWithTheIndonesianDecimalComma() {
        assertThat(PrintedCertificate.jp(new BigDecimal("32.50"))).isEqualTo("32,5");
        assertThat(PrintedCertificate.jp(new BigDecimal("40.0"))).isEqualTo("40");
    }
}
