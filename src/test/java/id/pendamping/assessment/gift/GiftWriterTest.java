package id.pendamping.assessment.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class GiftWriterTest {

    private static String write(GiftQuestion... questions) {
        return GiftWriter.write(List.of(questions));
    }

    @Test
    void writesMultipleChoiceOneAnswerALineWithFeedbackAndGeneralFeedback() {
        GiftQuestion question = GiftQuestion.builder(GiftType.MULTIPLE_CHOICE, "Ibu kota Bali?")
                .name("PG-01").comment("Bab 1").comment("")
                .answer(GiftAnswer.wrong("Singaraja").withFeedback("Ibu kota lama."))
                .answer(GiftAnswer.right("Denpasar"))
                .answer(GiftAnswer.weighted("25", "Gianyar"))
                .generalFeedback("Sejak 1958.")
                .build();
        assertThat(write(question)).isEqualTo("""
                // Bab 1
                //
                ::PG-01:: Ibu kota Bali? {
                \t~Singaraja#Ibu kota lama.
                \t=Denpasar
                \t~%25%Gianyar
                \t####Sejak 1958.
                }
                """);
    }

    @Test
    void writesACategoryOnlyWhenItChanges() {
        GiftQuestion first = GiftQuestion.builder(GiftType.ESSAY, "Q1").category("$course$/top/Bab 1").build();
        GiftQuestion second = GiftQuestion.builder(GiftType.ESSAY, "Q2").category("$course$/top/Bab 1").build();
        GiftQuestion third = GiftQuestion.builder(GiftType.ESSAY, "Q3").category("$course$/top/Bab 2").build();
        assertThat(write(first, second, third)).isEqualTo("""
                $CATEGORY: $course$/top/Bab 1

                Q1 {}

                Q2 {}

                $CATEGORY: $course$/top/Bab 2

                Q3 {}
                """);
    }

    @Test
    void refusesToLeaveACategoryBecauseGiftCannot() {
        GiftQuestion inCategory = GiftQuestion.builder(GiftType.ESSAY, "Q1").category("Bab 1").build();
        GiftQuestion without = GiftQuestion.builder(GiftType.ESSAY, "Q2").name("Q2").build();
        assertThatThrownBy(() -> write(inCategory, without)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Q2'").hasMessageContaining("cannot leave a category");
    }

    @Test
    void escapesEverySpecialCharacterAndLineBreaks() {
        GiftQuestion question = GiftQuestion.builder(GiftType.SHORT_ANSWER, "Rumus =SUM(A1:A3)\nmemakai {, }, ~, # dan \\?")
                .name("Soal: 1")
                .answer(GiftAnswer.right("=SUM").withFeedback("Benar: # itu nomor"))
                .build();
        assertThat(write(question)).isEqualTo("""
                ::Soal\\: 1:: Rumus \\=SUM(A1\\:A3)\\nmemakai \\{, \\}, \\~, \\# dan \\\\? {
                \t=\\=SUM#Benar\\: \\# itu nomor
                }
                """);
    }

    @Test
    void escapesOnlyWhatGiftReadsAsMarkup() {
        assertThat(GiftWriter.escape("“Kutipan” café – 50% [html] -> é")).isEqualTo("“Kutipan” café – 50% [html] -> é");
        assertThat(GiftWriter.escape("a\r\nb")).isEqualTo("a\\nb");
    }

    @Test
    void putsAMissingWordBlockOnOneLineWhereTheBlankIs() {
        GiftQuestion question = GiftQuestion.builder(GiftType.MULTIPLE_CHOICE, "Candi _____ adalah candi Buddha.")
                .answer(GiftAnswer.wrong("Prambanan")).answer(GiftAnswer.right("Borobudur").withFeedback("Ya"))
                .generalFeedback("Di Magelang").build();
        assertThat(write(question)).isEqualTo("Candi {~Prambanan =Borobudur#Ya ####Di Magelang} adalah candi Buddha.\n");
    }

    @Test
    void putsTheBlockAfterABlankThatEndsTheStem() {
        GiftQuestion question = GiftQuestion.builder(GiftType.SHORT_ANSWER, "Lengkapi: Bhinneka Tunggal _____")
                .answer(GiftAnswer.right("Ika")).build();
        assertThat(write(question)).isEqualTo("Lengkapi\\: Bhinneka Tunggal _____ {\n\t=Ika\n}\n");
    }

    @Test
    void neverPutsTheBlockOfATrueFalseMatchingOrEssayInsideTheStem() {
        GiftQuestion question = GiftQuestion.builder(GiftType.ESSAY, "Isilah _____ dengan kata yang tepat.").build();
        assertThat(write(question)).isEqualTo("Isilah _____ dengan kata yang tepat. {}\n");
    }

    @Test
    void writesTrueFalseWithTheWrongAnswerFeedbackFirst() {
        GiftQuestion answerTrue = GiftQuestion.builder(GiftType.TRUE_FALSE, "Q")
                .trueFalse(true, "Betul!", "Salah.").build();
        assertThat(write(answerTrue)).isEqualTo("Q {TRUE#Salah.#Betul!}\n");
        GiftQuestion answerFalse = GiftQuestion.builder(GiftType.TRUE_FALSE, "Q")
                .trueFalse(false, "Salah.", "Betul!").generalFeedback("Umum").build();
        assertThat(write(answerFalse)).isEqualTo("Q {FALSE#Salah.#Betul! ####Umum}\n");
        GiftQuestion rightOnly = GiftQuestion.builder(GiftType.TRUE_FALSE, "Q").trueFalse(true, "Betul!", null).build();
        assertThat(write(rightOnly)).isEqualTo("Q {TRUE##Betul!}\n");
        GiftQuestion none = GiftQuestion.builder(GiftType.TRUE_FALSE, "Q").trueFalse(false, null, null).build();
        assertThat(write(none)).isEqualTo("Q {FALSE}\n");
    }

    @Test
    void writesOneFullyRightNumberTheShortWay() {
        GiftQuestion question = GiftQuestion.builder(GiftType.NUMERICAL, "Nilai pi?")
                .numericAnswer(GiftNumericAnswer.of("3.14159", "0.00050")).build();
        assertThat(write(question)).isEqualTo("Nilai pi? {#3.14159:0.0005}\n");
        GiftQuestion exact = GiftQuestion.builder(GiftType.NUMERICAL, "Tahun?")
                .numericAnswer(GiftNumericAnswer.of("1945", "0.0").withFeedback("Ya")).build();
        assertThat(write(exact)).isEqualTo("Tahun? {#1945#Ya}\n");
    }

    @Test
    void writesSeveralNumbersWithWeightsAndTheCatchAll() {
        GiftQuestion question = GiftQuestion.builder(GiftType.NUMERICAL, "Tahun lahir Kartini?")
                .numericAnswer(GiftNumericAnswer.of("1879", "0").withFeedback("Tepat."))
                .numericAnswer(GiftNumericAnswer.range(new BigDecimal("1875"), new BigDecimal("1885")).withWeight(new BigDecimal("50")))
                .numericAnswer(GiftNumericAnswer.anyOther("Lihat bab 2."))
                .build();
        assertThat(write(question)).isEqualTo("""
                Tahun lahir Kartini? {#
                \t=1879#Tepat.
                \t=%50%1880:5
                \t~#Lihat bab 2.
                }
                """);
    }

    @Test
    void writesMatchingPairsIncludingOneWithoutLeftSide() {
        GiftQuestion question = GiftQuestion.builder(GiftType.MATCHING, "Pasangkan.")
                .pair("KPM", "Keluarga Penerima Manfaat").pair("PKH", "Program Keluarga Harapan").pair("", "Puskesmas")
                .build();
        assertThat(write(question)).isEqualTo("""
                Pasangkan. {
                \t=KPM -> Keluarga Penerima Manfaat
                \t=PKH -> Program Keluarga Harapan
                \t= -> Puskesmas
                }
                """);
    }

    @Test
    void writesWeightsOnlyWhereTheMarkerDoesNotSayThemAndBeforeTextStartingWithPercent() {
        GiftQuestion response = GiftQuestion.builder(GiftType.MULTIPLE_RESPONSE, "Q")
                .answer(GiftAnswer.weighted("50.0", "a")).answer(GiftAnswer.weighted("-33.33333", "b"))
                .answer(GiftAnswer.wrong("%10 diskon")).answer(GiftAnswer.weighted("100", "d")).build();
        assertThat(write(response)).isEqualTo("Q {\n\t~%50%a\n\t~%-33.33333%b\n\t~%0%%10 diskon\n\t~%100%d\n}\n");
        GiftQuestion typed = GiftQuestion.builder(GiftType.SHORT_ANSWER, "Q")
                .answer(GiftAnswer.right("%5")).answer(GiftAnswer.weighted("50", "lima")).build();
        assertThat(write(typed)).isEqualTo("Q {\n\t=%100%%5\n\t=%50%lima\n}\n");
    }

    @Test
    void marksOnlyOneRightAnswerOfAMultipleChoice() {
        GiftQuestion question = GiftQuestion.builder(GiftType.MULTIPLE_CHOICE, "Q")
                .answer(GiftAnswer.right("a")).answer(GiftAnswer.right("b")).answer(GiftAnswer.wrong("c")).build();
        assertThat(write(question)).isEqualTo("Q {\n\t=a\n\t~%100%b\n\t~c\n}\n");
    }

    @Test
    void writesNameFormatAndDescription() {
        GiftQuestion description = GiftQuestion.builder(GiftType.DESCRIPTION, "**Bagian B**: kode etik")
                .name("Petunjuk").format(GiftFormat.MARKDOWN).build();
        assertThat(write(description)).isEqualTo("::Petunjuk:: [markdown]**Bagian B**\\: kode etik\n");
    }

    @Test
    void writesEssayWithGeneralFeedback() {
        GiftQuestion essay = GiftQuestion.builder(GiftType.ESSAY, "Ceritakan.").generalFeedback("Rubrik R-2").build();
        assertThat(write(essay)).isEqualTo("Ceritakan. {####Rubrik R-2}\n");
    }

    @Test
    void keepsAStemStartingWithSlashesFromBeingReadAsAComment() {
        GiftQuestion question = GiftQuestion.builder(GiftType.ESSAY, "// bukan komentar").build();
        assertThat(write(question)).isEqualTo("\\n// bukan komentar {}\n");
        assertThat(GiftParser.parse(write(question))).containsExactly(question);
        GiftQuestion named = GiftQuestion.builder(GiftType.ESSAY, "// bukan komentar").name("n").build();
        assertThat(write(named)).isEqualTo("::n:: // bukan komentar {}\n");
    }

    @Test
    void writesNothingForNoQuestions() {
        assertThat(GiftWriter.write(List.of())).isEmpty();
    }
}
