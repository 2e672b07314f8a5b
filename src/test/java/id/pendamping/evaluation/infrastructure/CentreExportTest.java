package id.pendamping.evaluation.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CentreExportTest {

    @Test
    void aTextThatWouldRunAsAFormulaStaysText() {
        assertThat(CentreExport.csvCell("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(CentreExport.csvCell("@angkatan")).isEqualTo("'@angkatan");
        assertThat(CentreExport.csvCell("Angkatan 1")).isEqualTo("Angkatan 1");
    }

    @Test
    void numbersAndDatesAreWrittenPlainAndNothingIsEmpty() {
        assertThat(CentreExport.csvCell(new BigDecimal("-12.5"))).isEqualTo("-12.5");
        assertThat(CentreExport.csvCell(new BigDecimal("1E+1"))).isEqualTo("10");
        assertThat(CentreExport.csvCell(LocalDate.of(2026, 1, 2))).isEqualTo("2026-01-02");
        assertThat(CentreExport.csvCell(null)).isEmpty();
    }
}
