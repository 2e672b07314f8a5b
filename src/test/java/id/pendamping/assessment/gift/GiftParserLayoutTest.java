package id.pendamping.assessment.gift;

import static id.pendamping.assessment.gift.GiftParserTest.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What surrounds the answers: names, formats, comments, categories, escapes, lines and the missing word. */
class GiftParserLayoutTest {

    @Test
    void readsNamesAndTrimsThem() {
        assertThat(only("::  PG-01 Peran  ::Apa? {T}").name()).isEqualTo("PG-01 Peran");
        assertThat(only("Apa? {T}").name()).isNull();
        assertThat(only("::::Apa? {T}").name()).isNull();
    }

    @Test
    void recordsTheFormatPrefixAndLeavesAnUnknownOneInTheText() {
        GiftQuestion html = only("::Q:: [html]<p>Siapa <b>Kartini</b>?</p>{=Pahlawan ~Penyanyi}");
        assertThat(html.format()).isEqualTo(GiftFormat.HTML);
        assertThat(html.stem()).isEqualTo("<p>Siapa <b>Kartini</b>?</p>");
        assertThat(only("[markdown]**Tebal**{T}").format()).isEqualTo(GiftFormat.MARKDOWN);
        assertThat(only("[plain]x{T}").format()).isEqualTo(GiftFormat.PLAIN);
        assertThat(only("[moodle]x{T}").format()).isEqualTo(GiftFormat.MOODLE);
        GiftQuestion unknown = only("[catatan] Q {T}");
        assertThat(unknown.format()).isNull();
        assertThat(unknown.stem()).isEqualTo("[catatan] Q");
    }

    @Test
    void keepsTheCommentLinesDirectlyBeforeAQuestion() {
        List<GiftQuestion> questions = GiftParser.parse("""
                // Berkas soal Bab 1

                // soal pertama
                //tanpa spasi
                //   indentasi
                Q1 {T}

                Q2 {F}
                """);
        assertThat(questions.get(0).comments()).containsExactly("soal pertama", "tanpa spasi", "  indentasi");
        assertThat(questions.get(1).comments()).isEmpty();
    }

    @Test
    void dropsCommentLinesInsideAQuestion() {
        GiftQuestion question = only("""
                Pilih satu. {
                =a
                // catatan penyusun: b sengaja mirip
                ~b
                }""");
        assertThat(question.answers()).extracting(GiftAnswer::text).containsExactly("a", "b");
        assertThat(question.comments()).isEmpty();
    }

    @Test
    void appliesTheLastCategoryToTheQuestionsAfterIt() {
        List<GiftQuestion> questions = GiftParser.parse("""
                Q0 {T}

                $CATEGORY: $course$/top/Bab 1
                Q1 {T}

                Q2 {T}

                $CATEGORY:   $course$/top/Bab 2  \s
                // komentar Q3
                Q3 {T}
                """);
        assertThat(questions).extracting(GiftQuestion::category)
                .containsExactly(null, "$course$/top/Bab 1", "$course$/top/Bab 1", "$course$/top/Bab 2");
        assertThat(questions.get(3).comments()).containsExactly("komentar Q3");
    }

    @Test
    void unescapesSpecialCharactersEverywhere() {
        GiftQuestion question = only("::Soal \\: 1:: Rumus \\=SUM(A1\\:A3) memakai \\{ dan \\}, \\~ dan \\# serta \\\\. {"
                + "=\\=SUM#Benar\\: \\# artinya nomor ~\\~kira-kira\\~}");
        assertThat(question.name()).isEqualTo("Soal : 1");
        assertThat(question.stem()).isEqualTo("Rumus =SUM(A1:A3) memakai { dan }, ~ dan # serta \\.");
        assertThat(question.answers()).containsExactly(GiftAnswer.right("=SUM").withFeedback("Benar: # artinya nomor"),
                GiftAnswer.wrong("~kira-kira~"));
    }

    @Test
    void readsEscapedLineBreaksAndKeepsOtherBackslashes() {
        GiftQuestion question = only("Baris satu\\nBaris dua di C:\\data\\\\new {T}");
        assertThat(question.stem()).isEqualTo("Baris satu\nBaris dua di C:\\data\\new");
    }

    @Test
    void readsSpecialCharactersOutsideTheBlockAsText() {
        GiftQuestion question = only("2 + 2 = ? # hitung ~ cepat {=4 ~5}");
        assertThat(question.stem()).isEqualTo("2 + 2 = ? # hitung ~ cepat");
    }

    @Test
    void readsABlockSpanningLinesWithTextOnSeveralLines() {
        GiftQuestion question = only("""
                ::Kota::Manakah ibu kota
                provinsi Bali?
                {
                    ~Singaraja # ibu kota lama
                    =Denpasar
                    ~Gianyar
                    #### Sejak 1958 ibu kota Bali adalah Denpasar.
                }""");
        assertThat(question.stem()).isEqualTo("Manakah ibu kota\nprovinsi Bali?");
        assertThat(question.answers()).extracting(GiftAnswer::text, GiftAnswer::feedback)
                .containsExactly(tuple("Singaraja", "ibu kota lama"), tuple("Denpasar", null), tuple("Gianyar", null));
        assertThat(question.generalFeedback()).isEqualTo("Sejak 1958 ibu kota Bali adalah Denpasar.");
    }

    @Test
    void putsABlankInTheStemWhereAMissingWordBlockStood() {
        GiftQuestion question = only("Candi {~Prambanan =Borobudur ~Mendut} adalah candi Buddha terbesar.");
        assertThat(question.stem()).isEqualTo("Candi " + GiftQuestion.BLANK + " adalah candi Buddha terbesar.");
        assertThat(question.type()).isEqualTo(GiftType.MULTIPLE_CHOICE);
    }

    @Test
    void leavesNoBlankWhenOnlyWhiteSpaceFollowsTheBlock() {
        assertThat(only("Apa? {=a ~b}   \t").stem()).isEqualTo("Apa?");
    }

    @Test
    void acceptsAMissingNumberAndAMissingWordBeforeAFullStop() {
        assertThat(only("Indonesia merdeka pada tahun {#1945}.").stem()).isEqualTo("Indonesia merdeka pada tahun _____.");
        assertThat(only("Dua tambah dua sama dengan {=empat =4}.").stem()).isEqualTo("Dua tambah dua sama dengan _____.");
    }

    @Test
    void givesEachQuestionTheLineWhereItsTextStarts() {
        List<GiftQuestion> questions = GiftParser.parse("""
                // komentar

                // komentar Q1
                ::Q1:: Apa? {
                =a ~b
                }


                $CATEGORY: x
                Q2 {=a ~b}
                lanjutan

                Deskripsi saja.""");
        assertThat(questions).extracting(GiftQuestion::line).containsExactly(4, 10, 13);
    }

    @Test
    void acceptsWindowsAndOldMacLineEndingsAndAByteOrderMark() {
        List<GiftQuestion> questions = GiftParser.parse("\uFEFF// k\r\nQ1 {\r\n=a ~b}\r\n\r\nQ2 {T}\r\rQ3 {F}");
        assertThat(questions).extracting(GiftQuestion::stem).containsExactly("Q1", "Q2", "Q3");
        assertThat(questions).extracting(GiftQuestion::line).containsExactly(2, 5, 7);
        assertThat(questions.get(0).comments()).containsExactly("k");
    }

    @Test
    void readsNothingFromAnEmptyText() {
        assertThat(GiftParser.parse("")).isEmpty();
        assertThat(GiftParser.parse("\n  \n// hanya komentar\n\n$CATEGORY: a\n")).isEmpty();
    }
}
