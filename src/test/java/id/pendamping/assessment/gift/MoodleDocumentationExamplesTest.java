package id.pendamping.assessment.gift;

import static id.pendamping.assessment.gift.GiftParserTest.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples of Moodle's GIFT documentation page, one type after another, read as Moodle reads them. */
class MoodleDocumentationExamplesTest {

    @Test
    void multipleChoice() {
        GiftQuestion question = only("Who's buried in Grant's tomb?{=Grant ~no one ~Napoleon ~Churchill ~Mother Teresa }");
        assertThat(question.type()).isEqualTo(GiftType.MULTIPLE_CHOICE);
        assertThat(question.answers()).extracting(GiftAnswer::text)
                .containsExactly("Grant", "no one", "Napoleon", "Churchill", "Mother Teresa");
        assertThat(question.answers().get(0).weight()).isEqualTo(new BigDecimal("100"));
    }

    @Test
    void multipleChoiceOnSeveralLines() {
        GiftQuestion question = only("""
                What is the answer to the question? {
                ~ wrong answer
                =right answer
                ~another wrong answer
                }""");
        assertThat(question.answers()).extracting(GiftAnswer::text, GiftAnswer::weight).containsExactly(
                tuple("wrong answer", BigDecimal.ZERO), tuple("right answer", new BigDecimal("100")),
                tuple("another wrong answer", BigDecimal.ZERO));
    }

    @Test
    void missingWord() {
        GiftQuestion question = only("Moodle costs {~lots of money =nothing ~a small amount} to download from moodle.org.");
        assertThat(question.stem()).isEqualTo("Moodle costs _____ to download from moodle.org.");
        assertThat(question.type()).isEqualTo(GiftType.MULTIPLE_CHOICE);
    }

    @Test
    void trueFalse() {
        List<GiftQuestion> questions = GiftParser.parse("Grant was buried in a tomb in New York City.{T}\n\n"
                + "The sun rises in the West.{FALSE}");
        assertThat(questions).extracting(GiftQuestion::type, GiftQuestion::trueFalseAnswer)
                .containsExactly(tuple(GiftType.TRUE_FALSE, true), tuple(GiftType.TRUE_FALSE, false));
    }

    @Test
    void shortAnswer() {
        GiftQuestion question = only("Who's buried in Grant's tomb?{=Grant =Ulysses S. Grant =Ulysses Grant}");
        assertThat(question.type()).isEqualTo(GiftType.SHORT_ANSWER);
        assertThat(question.answers()).extracting(GiftAnswer::text).containsExactly("Grant", "Ulysses S. Grant", "Ulysses Grant");
        assertThat(only("Two plus two equals {=four =4}.").stem()).isEqualTo("Two plus two equals _____.");
    }

    @Test
    void matching() {
        GiftQuestion question = only("""
                Match the following countries with their corresponding capitals. {
                   =Canada -> Ottawa
                   =Italy  -> Rome
                   =Japan  -> Tokyo
                   =India  -> New Delhi
                   ####It's good to know the capitals
                }""");
        assertThat(question.pairs()).containsExactly(new GiftPair("Canada", "Ottawa"), new GiftPair("Italy", "Rome"),
                new GiftPair("Japan", "Tokyo"), new GiftPair("India", "New Delhi"));
        assertThat(question.generalFeedback()).isEqualTo("It's good to know the capitals");
    }

    @Test
    void numericalWithToleranceRangeAndSeveralAnswers() {
        assertThat(only("When was Ulysses S. Grant born?{#1822:5}").numericAnswers())
                .containsExactly(GiftNumericAnswer.of("1822", "5"));
        GiftQuestion pi = only("What is the value of pi (to 3 decimal places)? {#3.1415:0.0005}.");
        assertThat(pi.stem()).isEqualTo("What is the value of pi (to 3 decimal places)? _____.");
        assertThat(only("What is the value of pi (to 3 decimal places)? {#3.141..3.142}.").numericAnswers())
                .containsExactly(GiftNumericAnswer.of("3.1415", "0.0005"));
        GiftQuestion grant = only("""
                When was Ulysses S. Grant born? {#
                    =1822:0      # Correct! Full credit.
                    =%50%1822:2  # He was born in 1822. Half credit for being close.
                }""");
        assertThat(grant.numericAnswers()).extracting(GiftNumericAnswer::tolerance, GiftNumericAnswer::weight,
                GiftNumericAnswer::feedback).containsExactly(
                tuple(BigDecimal.ZERO, new BigDecimal("100"), "Correct! Full credit."),
                tuple(new BigDecimal("2"), new BigDecimal("50"), "He was born in 1822. Half credit for being close."));
    }

    @Test
    void essayAndDescription() {
        assertThat(only("Write a short biography of Dag Hammarskjold. {}").type()).isEqualTo(GiftType.ESSAY);
        assertThat(only("You can use your pencil and paper for these next math questions.").type())
                .isEqualTo(GiftType.DESCRIPTION);
    }

    @Test
    void feedbackOnAnswers() {
        GiftQuestion question = only("""
                What's the answer to this multiple-choice question? {
                ~wrong answer#feedback comment on the wrong answer
                ~another wrong answer#feedback comment on this wrong answer
                =right answer#Very good!}""");
        assertThat(question.answers()).extracting(GiftAnswer::feedback).containsExactly(
                "feedback comment on the wrong answer", "feedback comment on this wrong answer", "Very good!");
        GiftQuestion trueFalse = only("Grant is buried in Grant's tomb.{FALSE#No one is buried in Grant's tomb.}");
        // The one feedback is for the wrong answer, here TRUE.
        assertThat(trueFalse.trueFeedback()).isEqualTo("No one is buried in Grant's tomb.");
        assertThat(trueFalse.falseFeedback()).isNull();
    }

    @Test
    void percentageWeightsInMultipleChoiceAndShortAnswer() {
        GiftQuestion choice = only("""
                ::Jesus' hometown::Jesus Christ was from {
                    ~Jerusalem#This was an important city, but the wrong answer.
                    ~%25%Bethlehem#He was born here, but not raised here.
                    ~%50%Galilee#You need a more specific location.
                    =Nazareth#Yes! That's right!
                }.""");
        assertThat(choice.name()).isEqualTo("Jesus' hometown");
        assertThat(choice.stem()).isEqualTo("Jesus Christ was from _____.");
        assertThat(choice.answers()).extracting(GiftAnswer::weight).containsExactly(BigDecimal.ZERO,
                new BigDecimal("25"), new BigDecimal("50"), new BigDecimal("100"));
        GiftQuestion typed = only("""
                ::Jesus' hometown:: Jesus Christ was from {
                    =Nazareth#Yes! That's right!
                    =%75%Nazereth#Right, but misspelled.
                    =%25%Bethlehem#He was born here, but not raised here.
                }""");
        assertThat(typed.type()).isEqualTo(GiftType.SHORT_ANSWER);
        assertThat(typed.answers()).extracting(GiftAnswer::weight)
                .containsExactly(new BigDecimal("100"), new BigDecimal("75"), new BigDecimal("25"));
    }

    @Test
    void multipleAnswers() {
        GiftQuestion question = only("""
                What two people are entombed in Grant's tomb? {
                   ~%-100%No one
                   ~%50%Grant
                   ~%50%Grant's wife
                   ~%-100%Grant's father
                }""");
        assertThat(question.type()).isEqualTo(GiftType.MULTIPLE_RESPONSE);
        assertThat(question.answers()).extracting(GiftAnswer::weight).containsExactly(new BigDecimal("-100"),
                new BigDecimal("50"), new BigDecimal("50"), new BigDecimal("-100"));
    }

    @Test
    void specialCharacters() {
        GiftQuestion question = only("""
                Which answer equals 5? {
                   ~ \\= 2 + 2
                   = \\= 2 + 3
                   ~ \\= 2 + 4
                }""");
        assertThat(question.answers()).extracting(GiftAnswer::text).containsExactly("= 2 + 2", "= 2 + 3", "= 2 + 4");
        assertThat(question.answers().get(1).weight()).isEqualTo(new BigDecimal("100"));
    }

    @Test
    void quickStartFileWithNamesCommentsAndCategory() {
        List<GiftQuestion> questions = GiftParser.parse("""
                $CATEGORY: tom/dick/harry

                // true-false
                ::Q1:: 1+1=2 {T}

                // multiple choice with specified feedback for right and wrong answers
                ::Q2:: What's between orange and green in the spectrum?
                { =yellow # right; good! ~red # wrong, it's yellow ~blue # wrong, it's yellow }

                // fill-in-the-blank
                ::Q3:: Two plus {=two =2} equals four.

                // math range question
                ::Q5:: What is a number from 1 to 5? {#3:2}

                // math range specified with interval end points
                ::Q6:: What is a number from 1 to 5? {#1..5}
                // translated on import to the same as Q5, but unavailable from Moodle question interface

                // essay
                ::Q8:: How are you? {}
                """);
        assertThat(questions).extracting(GiftQuestion::name, GiftQuestion::type).containsExactly(
                tuple("Q1", GiftType.TRUE_FALSE), tuple("Q2", GiftType.MULTIPLE_CHOICE), tuple("Q3", GiftType.SHORT_ANSWER),
                tuple("Q5", GiftType.NUMERICAL), tuple("Q6", GiftType.NUMERICAL), tuple("Q8", GiftType.ESSAY));
        assertThat(questions).allSatisfy(question -> assertThat(question.category()).isEqualTo("tom/dick/harry"));
        assertThat(questions.get(0).stem()).isEqualTo("1+1=2");
        assertThat(questions.get(1).comments())
                .containsExactly("multiple choice with specified feedback for right and wrong answers");
        assertThat(questions.get(3).numericAnswers()).isEqualTo(questions.get(4).numericAnswers());
        assertThat(questions.get(4).comments()).containsExactly("math range specified with interval end points");
    }

    @Test
    void theQuickStartMatchingExampleHasTooFewPairsForTheThreePairRule() {
        assertThat(GiftParserProblemsTest.problemsOf("::Q4:: Which animal eats which food? { =cat -> cat food =dog -> dog food }"))
                .extracting(GiftProblem::line, GiftProblem::message)
                .containsExactly(tuple(1, "a matching question needs at least three pairs, this one has 2"));
    }
}
