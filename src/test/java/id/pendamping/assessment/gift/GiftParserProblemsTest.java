package id.pendamping.assessment.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every problem is reported with the line of what is wrong, and a text with a problem yields nothing. */
class GiftParserProblemsTest {

    static List<GiftProblem> problemsOf(String text) {
        try {
            GiftParser.parse(text);
        } catch (GiftSyntaxException e) {
            return e.problems();
        }
        throw new AssertionError("expected problems in:\n" + text);
    }

    private static void assertOneProblem(String text, int line, String message) {
        assertThat(problemsOf(text)).extracting(GiftProblem::line, GiftProblem::message)
                .containsExactly(tuple(line, message));
    }

    @Test
    void reportsAnUnclosedBlockAtTheLineOfItsBrace() {
        assertOneProblem("""
                // soal 1
                ::Q1::
                Apa ibu kota Indonesia? {
                =Jakarta
                ~Bandung""", 3, "the answer block opened here is not closed with }");
    }

    @Test
    void endsAnUnclosedBlockAtABlankLineAndReadsTheNextQuestionOnItsOwn() {
        assertThat(problemsOf("""
                Q1 {=a ~b

                Q2 {~a ~b}
                """)).extracting(GiftProblem::line).containsExactly(1, 3);
    }

    @Test
    void reportsBracesOutOfPlace() {
        assertOneProblem("Q } {T}", 1, "a } without a { before it (write \\} for a brace in the text)");
        assertOneProblem("Q {=a {~b}", 1, "a { inside an answer block (write \\{ for a brace in the text)");
        assertOneProblem("Q1 {T}\nQ2 {F}", 2, "a second answer block: a question has one; separate questions with a blank line");
    }

    @Test
    void reportsAnAnswerWithoutText() {
        assertOneProblem("Q {=}", 1, "an answer after = has no text");
        assertOneProblem("Q {\n=a\n~ #kosong\n}", 3, "an answer after ~ has no text");
    }

    @Test
    void reportsTextThatIsNotAnAnswer() {
        assertOneProblem("Q {true}", 1, "'true' is not an answer: answers start with = or ~, a true-false answer is T, TRUE, F or FALSE");
        assertOneProblem("Q {\nJakarta =Bandung}", 2,
                "'Jakarta' is not an answer: answers start with = or ~, a true-false answer is T, TRUE, F or FALSE");
    }

    @Test
    void reportsAMultipleChoiceWithoutRightAnswer() {
        assertOneProblem("Q\n{~a ~b ~%-50%c}", 2, "the question has no right answer: mark it with =, "
                + "or give the right answers positive weights such as ~%50%");
    }

    @Test
    void reportsAMultipleChoiceWithTwoRightAnswers() {
        assertOneProblem("Q {\n=a\n~b\n=c\n}", 4, "a multiple choice question has one right answer (=); "
                + "for several right answers give each a weight, e.g. ~%50%");
    }

    @Test
    void reportsAPartialRightAnswerInAMultipleChoice() {
        assertOneProblem("Q {=%50%a ~b}", 1, "the right answer (=) of a multiple choice question is worth 100%; "
                + "write partial credit as ~%50%");
    }

    @Test
    void reportsAChoiceWithOneAnswerOnly() {
        assertOneProblem("Q {~%100%a}", 1, "a multiple choice question needs at least two answers");
    }

    @Test
    void reportsWeightsOutsideTheRangeOrNotNumbers() {
        assertThat(problemsOf("""
                Q {
                ~%150%a
                ~%-100.5%b
                =c
                ~%lima puluh%d
                ~%50 e
                }""")).extracting(GiftProblem::line, GiftProblem::message).containsExactly(
                tuple(2, "weight 150% is outside -100..100"),
                tuple(3, "weight -100.5% is outside -100..100"),
                tuple(5, "weight %lima puluh%: 'lima puluh' is not a number"),
                tuple(6, "the weight has no closing %: write it like %50%"));
    }

    @Test
    void reportsAShortAnswerWithNothingFullyRight() {
        assertOneProblem("Q {=%50%a =%20%b}", 1, "no answer is worth 100%: at least one answer must be fully right");
    }

    @Test
    void reportsMatchingProblemsAtTheirPair() {
        assertThat(problemsOf("""
                Pasangkan. {
                =a -> 1
                =b 2
                =c ->
                =d -> 4#umpan balik
                }""")).extracting(GiftProblem::line, GiftProblem::message).containsExactly(
                tuple(3, "the pair 'b 2' has no ->: write =left -> right"),
                tuple(4, "the pair 'c ->' has nothing after ->"),
                tuple(5, "a matching pair takes no feedback (write \\# for a # in the text)"));
    }

    @Test
    void reportsMatchingWithTooFewPairsOrTooFewLeftSides() {
        assertOneProblem("Q {=a -> 1 =b -> 2}", 1, "a matching question needs at least three pairs, this one has 2");
        assertOneProblem("Q {=a -> 1 = -> 2 = -> 3}", 1, "a matching question needs at least two pairs with text before ->");
    }

    @Test
    void reportsNumbersThatAreNotNumbers() {
        assertThat(problemsOf("""
                Q {#
                =abc
                =3,5:0.1
                =1:x
                =5..1
                =5:-1
                =
                ~#lain
                }""")).extracting(GiftProblem::line, GiftProblem::message).containsExactly(
                tuple(2, "'abc' is not a number"),
                tuple(3, "'3,5' is not a number (write decimals with a dot, e.g. 3.5)"),
                tuple(4, "'x' is not a number"),
                tuple(5, "the range 5..1 starts after it ends"),
                tuple(6, "the tolerance -1 is negative"),
                tuple(7, "a numerical answer has no number"));
    }

    @Test
    void reportsANumericalBlockWithoutAnswers() {
        assertOneProblem("Q {#}", 1, "the numerical answer block has no answer: write it like {#3.5:0.1} or {#1..5}");
        assertOneProblem("Q {#~#lain}", 1, "the numerical answer block has no answer: write it like {#3.5:0.1} or {#1..5}");
        assertOneProblem("Q {#=%50%5}", 1, "no answer is worth 100%: at least one number must be fully right");
        assertOneProblem("Q {#5 ~lain}", 1, "after ~ in a numerical question only #feedback for any other number may follow");
    }

    @Test
    void reportsTextAfterABlockThatCannotFillABlank() {
        assertOneProblem("Jakarta ibu kota Indonesia {T}.", 1,
                "text after the answer block makes no sense in a true-false question: put it before the {");
        assertOneProblem("Q {=a -> 1 =b -> 2 =c -> 3\n} lalu", 2,
                "text after the answer block makes no sense in a matching question: put it before the {");
        assertOneProblem("Tulis {} kata.", 1,
                "text after the answer block makes no sense in an essay question: put it before the {");
    }

    @Test
    void reportsAnUnclosedNameAndAQuestionWithoutText() {
        assertOneProblem("\n::Q1 Apa? {T}", 2, "the question name has no closing :: (write \\: for a colon in the name)");
        assertOneProblem("::Q1::\n{=a ~b}", 1, "the question has no text");
        assertOneProblem("::Q1:: [html]", 1, "the question has no text");
    }

    @Test
    void reportsAnEmptyCategory() {
        assertOneProblem("Q1 {T}\n\n$CATEGORY:   \nQ2 {T}", 3, "$CATEGORY: names no category");
    }

    @Test
    void listsEveryProblemOfAFileInLineOrderAndReturnsNoQuestion() {
        String file = """
                // Kuis Bab 2
                ::B2-01:: Pendamping bekerja untuk {=keluarga ~dinas}.

                ::B2-02:: Siapa penerima PKH? {
                ~Semua warga
                ~Pegawai negeri
                }

                ::B2-03:: Pasangkan. {=a -> 1 =b -> 2}

                ::B2-04:: Berapa kali P2K2 dalam sebulan? {#satu}

                ::B2-05:: Pilih yang benar. {~%120%a =b

                ::B2-06:: Tahun berdirinya PKH adalah {#2007}.
                """;
        assertThatThrownBy(() -> GiftParser.parse(file)).isInstanceOf(GiftSyntaxException.class)
                .hasMessageStartingWith("4 problems in GIFT text: line 4: the question has no right answer");
        assertThat(problemsOf(file)).extracting(GiftProblem::line, GiftProblem::message).containsExactly(
                tuple(4, "the question has no right answer: mark it with =, or give the right answers positive weights such as ~%50%"),
                tuple(9, "a matching question needs at least three pairs, this one has 2"),
                tuple(11, "'satu' is not a number"),
                tuple(13, "the answer block opened here is not closed with }"));
    }

    @Test
    void reportsSeveralProblemsOfOneQuestion() {
        assertThat(problemsOf("Q {~%200%a ~%x%b ~c}")).extracting(GiftProblem::message).containsExactly(
                "weight 200% is outside -100..100", "weight %x%: 'x' is not a number");
    }

    @Test
    void carriesItsProblemsInTheExceptionMessage() {
        GiftSyntaxException exception = new GiftSyntaxException(List.of(new GiftProblem(7, "x")));
        assertThat(exception).hasMessage("1 problem in GIFT text: line 7: x");
        assertThatThrownBy(() -> new GiftSyntaxException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
