package id.pendamping.learning;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.learning.domain.EnrolmentCsv;
import org.junit.jupiter.api.Test;

class EnrolmentCsvTest {

    @Test
    void readsIndonesianHeadersAndOptionalPhone() {
        EnrolmentCsv.Result result = EnrolmentCsv.parse("nama,email,telepon\nSiti Aminah,Siti@Contoh.id,0812-3456-789\nBudi,budi@contoh.id,\n");
        assertThat(result.valid()).isTrue();
        assertThat(result.rows()).extracting(EnrolmentCsv.Row::email).containsExactly("siti@contoh.id", "budi@contoh.id");
        assertThat(result.rows().get(0).line()).isEqualTo(2);
    }

    @Test
    void readsSemicolonsAsSpreadsheetsSaveThem() {
        EnrolmentCsv.Result result = EnrolmentCsv.parse("\uFEFFName;Email\n\"Nur, S.Pd\";nur@contoh.id\n");
        assertThat(result.valid()).isTrue();
        assertThat(result.rows().get(0).fullName()).isEqualTo("Nur, S.Pd");
    }

    @Test
    void reportsEveryBadRowWithItsLineAndReturnsNoRows() {
        EnrolmentCsv.Result result = EnrolmentCsv.parse(
                "nama,email\nSiti,siti@contoh.id\nB,bukan-email\nDewi,siti@contoh.id\n\nRina,rina@contoh.id,\n");
        assertThat(result.valid()).isFalse();
        assertThat(result.rows()).isEmpty();
        assertThat(result.problems()).extracting(EnrolmentCsv.Problem::line, EnrolmentCsv.Problem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "csv.nameInvalid"),
                        org.assertj.core.groups.Tuple.tuple(3, "csv.emailInvalid"),
                        org.assertj.core.groups.Tuple.tuple(4, "csv.emailRepeated"));
    }

    @Test
    void needsTheHeaderRow() {
        EnrolmentCsv.Result result = EnrolmentCsv.parse("Siti,siti@contoh.id\n");
        assertThat(result.problems()).extracting(EnrolmentCsv.Problem::messageKey).containsExactly("csv.headerMissing");
    }

    @Test
    void refusesAnEmptyFileOrOneWithoutRows() {
        assertThat(EnrolmentCsv.parse("").problems()).extracting(EnrolmentCsv.Problem::messageKey).containsExactly("csv.empty");
        assertThat(EnrolmentCsv.parse("nama,email\n").problems()).extracting(EnrolmentCsv.Problem::messageKey)
                .containsExactly("csv.noRows");
    }

    @Test
    void refusesABadPhoneNumber() {
        assertThat(EnrolmentCsv.parse("nama,email,telepon\nSiti,siti@contoh.id,telepon saya\n").problems())
                .extracting(EnrolmentCsv.Problem::messageKey).containsExactly("csv.phoneInvalid");
    }
}
