package id.pendamping.assessment.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class GiftParserTest {

    static GiftQuestion only(String text) {
        List<GiftQuestion> questions = GiftParser.parse(text);
        assertThat(questions).hasSize(1);
        return questions.get(0);
    }

    @Test
    void readsMultipleChoiceWithOneRightAnswer() {
        GiftQuestion question = only("Siapa proklamator kemerdekaan Indonesia? {=Soekarno dan Hatta ~Soedirman ~Sjahrir}");
        assertThat(question.type()).isEqualTo(GiftType.MULTIPLE_CHOICE);
        assertThat(question.stem()).isEqualTo("Siapa proklamator kemerdekaan Indonesia?");
        assertThat(question.answers()).extracting(GiftAnswer::text, GiftAnswer::weight)
                .containsExactly(tuple("Soekarno dan Hatta", new BigDecimal("100")),
                        tuple("Soedirman", BigDecimal.ZERO), tuple("Sjahrir", BigDecimal.ZERO));
    }

    @Test
    void readsPartialCreditInMultipleChoice() {
        GiftQuestion question = only("Difficult question.{~wrong answer ~%50%half credit answer =full credit answer}");
        assertThat(question.type()).isEqualTo(GiftType.MULTIPLE_CHOICE);
        assertThat(question.answers()).extracting(GiftAnswer::weight)
                .containsExactly(BigDecimal.ZERO, new BigDecimal("50"), new BigDecimal("100"));
    }

    @Test
    void readsMultipleResponseWithFractionalAndNegativeWeights() {
        GiftQuestion question = only("Pilih bilangan prima. {~%33.33333%2 ~%33.33333%3 ~%33.33334%5 ~%-100%4}");
        assertThat(question.type()).isEqualTo(GiftType.MULTIPLE_RESPONSE);
        assertThat(question.answers()).extracting(GiftAnswer::weight).containsExactly(new BigDecimal("33.33333"),
                new BigDecimal("33.33333"), new BigDecimal("33.33334"), new BigDecimal("-100"));
    }

    @Test
    void keepsWeightsExactAndWithoutTrailingZeros() {
        GiftQuestion question = only("Q {~%-33.330%a ~%50.0%b ~%+50%c}");
        assertThat(question.answers()).extracting(answer -> answer.weight().toPlainString())
                .containsExactly("-33.33", "50", "50");
    }

    @Test
    void readsFeedbackOfEachAnswer() {
        GiftQuestion question = only("Q {=a#Benar! ~b # Salah, lihat modul 2. ~c}");
        assertThat(question.answers()).extracting(GiftAnswer::feedback)
                .containsExactly("Benar!", "Salah, lihat modul 2.", null);
    }

    @Test
    void readsTrueAndFalseInAllFourSpellings() {
        assertThat(only("Q {T}").trueFalseAnswer()).isTrue();
        assertThat(only("Q {TRUE}").trueFalseAnswer()).isTrue();
        assertThat(only("Q {F}").trueFalseAnswer()).isFalse();
        assertThat(only("Q {FALSE}").type()).isEqualTo(GiftType.TRUE_FALSE);
    }

    @Test
    void showsTheFirstTrueFalseFeedbackForAWrongAnswerAndTheSecondForARightOne() {
        GiftQuestion answerTrue = only("Matahari terbit di timur. {T#Salah: coba lihat pagi hari.#Betul!}");
        assertThat(answerTrue.falseFeedback()).isEqualTo("Salah: coba lihat pagi hari.");
        assertThat(answerTrue.trueFeedback()).isEqualTo("Betul!");
        assertThat(answerTrue.wrongFeedback()).isEqualTo("Salah: coba lihat pagi hari.");
        assertThat(answerTrue.rightFeedback()).isEqualTo("Betul!");

        GiftQuestion answerFalse = only("Bulan memancarkan cahayanya sendiri. {F#Bulan memantulkan cahaya matahari.#Betul!}");
        assertThat(answerFalse.trueFeedback()).isEqualTo("Bulan memantulkan cahaya matahari.");
        assertThat(answerFalse.falseFeedback()).isEqualTo("Betul!");
    }

    @Test
    void readsOnlyTheRightFeedbackOfTrueFalseAfterAnEmptyWrongOne() {
        GiftQuestion question = only("Q {TRUE##Tepat.}");
        assertThat(question.wrongFeedback()).isNull();
        assertThat(question.rightFeedback()).isEqualTo("Tepat.");
    }

    @Test
    void readsShortAnswersWithWeights() {
        GiftQuestion question = only("Ibu kota Jawa Barat? {=Bandung =%50%Bandoeng#Ejaan lama.}");
        assertThat(question.type()).isEqualTo(GiftType.SHORT_ANSWER);
        assertThat(question.answers()).containsExactly(GiftAnswer.right("Bandung"),
                GiftAnswer.weighted("50", "Bandoeng").withFeedback("Ejaan lama."));
    }

    @Test
    void readsMatchingPairsIncludingOneThatOnlyAddsAWrongChoice() {
        GiftQuestion question = only("Pasangkan. {=KPM -> Keluarga Penerima Manfaat =PKH -> Program Keluarga Harapan "
                + "=BPNT -> Bantuan Pangan Non Tunai = -> Pusat Kesehatan Masyarakat}");
        assertThat(question.type()).isEqualTo(GiftType.MATCHING);
        assertThat(question.pairs()).extracting(GiftPair::left, GiftPair::right).containsExactly(
                tuple("KPM", "Keluarga Penerima Manfaat"), tuple("PKH", "Program Keluarga Harapan"),
                tuple("BPNT", "Bantuan Pangan Non Tunai"), tuple("", "Pusat Kesehatan Masyarakat"));
    }

    @Test
    void readsNumericalValueWithTolerance() {
        GiftQuestion question = only("Nilai pi? {#3.14159:0.0005}");
        assertThat(question.type()).isEqualTo(GiftType.NUMERICAL);
        GiftNumericAnswer answer = question.numericAnswers().get(0);
        assertThat(answer.value()).isEqualTo(new BigDecimal("3.14159"));
        assertThat(answer.tolerance()).isEqualTo(new BigDecimal("0.0005"));
        assertThat(answer.min()).isEqualTo(new BigDecimal("3.14109"));
        assertThat(answer.max()).isEqualTo(new BigDecimal("3.14209"));
    }

    @Test
    void readsANumericalRangeAsItsExactMiddleAndHalfWidth() {
        GiftNumericAnswer answer = only("Q {#3.141..3.142}").numericAnswers().get(0);
        assertThat(answer.value()).isEqualTo(new BigDecimal("3.1415"));
        assertThat(answer.tolerance()).isEqualTo(new BigDecimal("0.0005"));
        assertThat(answer.min()).isEqualByComparingTo("3.141");
        assertThat(answer.max()).isEqualByComparingTo("3.142");
    }

    @Test
    void readsABareNumberWithNoTolerance() {
        GiftNumericAnswer answer = only("Tahun proklamasi? {#1945}").numericAnswers().get(0);
        assertThat(answer.value()).isEqualTo(new BigDecimal("1945"));
        assertThat(answer.tolerance()).isEqualTo(BigDecimal.ZERO);
        assertThat(answer.weight()).isEqualTo(new BigDecimal("100"));
    }

    @Test
    void readsSeveralNumericalAnswersAndTheCatchAllForAnyOtherNumber() {
        GiftQuestion question = only("Suhu normal tubuh (°C)? {#\n=37:0.5#Tepat.\n=%50%37:1#Hampir.\n~#Baca lagi bab 3.\n}");
        assertThat(question.numericAnswers()).containsExactly(
                new GiftNumericAnswer(new BigDecimal("37"), new BigDecimal("0.5"), new BigDecimal("100"), "Tepat."),
                new GiftNumericAnswer(new BigDecimal("37"), BigDecimal.ONE, new BigDecimal("50"), "Hampir."),
                GiftNumericAnswer.anyOther("Baca lagi bab 3."));
        assertThat(question.numericAnswers().get(2).isAnyOther()).isTrue();
    }

    @Test
    void readsNegativeNumbersAndExponents() {
        GiftQuestion question = only("Q {#=-5..-1 =%50%1.5e3:2E1}");
        assertThat(question.numericAnswers()).extracting(GiftNumericAnswer::value, GiftNumericAnswer::tolerance)
                .containsExactly(tuple(new BigDecimal("-3"), new BigDecimal("2")),
                        tuple(new BigDecimal("1500"), new BigDecimal("20")));
    }

    @Test
    void readsAnEssay() {
        GiftQuestion question = only("Ceritakan pengalaman Anda mendampingi keluarga. {}");
        assertThat(question.type()).isEqualTo(GiftType.ESSAY);
        assertThat(question.stem()).isEqualTo("Ceritakan pengalaman Anda mendampingi keluarga.");
    }

    @Test
    void readsAnEssayWithGeneralFeedbackOnly() {
        GiftQuestion question = only("Jelaskan. {####Dinilai dengan rubrik R-2.}");
        assertThat(question.type()).isEqualTo(GiftType.ESSAY);
        assertThat(question.generalFeedback()).isEqualTo("Dinilai dengan rubrik R-2.");
    }

    @Test
    void readsADescriptionWithoutAnswerBlock() {
        GiftQuestion question = only("::Petunjuk:: Soal berikut tentang kode etik pendamping.");
        assertThat(question.type()).isEqualTo(GiftType.DESCRIPTION);
        assertThat(question.name()).isEqualTo("Petunjuk");
        assertThat(question.stem()).isEqualTo("Soal berikut tentang kode etik pendamping.");
    }

    @Test
    void readsGeneralFeedbackInEveryKindOfBlock() {
        assertThat(only("Q {=a ~b ####Umum}").generalFeedback()).isEqualTo("Umum");
        assertThat(only("Q {T####Umum}").generalFeedback()).isEqualTo("Umum");
        assertThat(only("Q {#5####Umum}").generalFeedback()).isEqualTo("Umum");
        assertThat(only("Q {=a -> 1 =b -> 2 =c -> 3 ####Umum}").generalFeedback()).isEqualTo("Umum");
    }

    @Test
    void takesTheLastFourHashesAsGeneralFeedbackAfterAnEmptyWrongFeedback() {
        GiftQuestion question = only("Q {T#####Umum}");
        assertThat(question.generalFeedback()).isEqualTo("Umum");
        assertThat(question.wrongFeedback()).isNull();
    }
}
