package id.pendamping.assessment.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One question read from, or to be written as, GIFT. Which answer list is filled depends on the type:
 * {@link #answers} for multiple choice, multiple response and short answer; {@link #numericAnswers} for
 * numerical; {@link #pairs} for matching; {@link #trueFalseAnswer} for true-false. The others stay empty.
 *
 * <p><b>Missing word.</b> When text follows the answer block ({@code Grant is {~buried =entombed} in
 * Grant's tomb.}), the stem holds {@link #BLANK} where the block stood, as Moodle does: {@code Grant is
 * _____ in Grant's tomb.} When the block ends the question the stem is just the text before it.
 *
 * <p><b>Equality ignores {@link #line}.</b> The line says where a question was read, not what it is; two
 * questions are equal when they say the same thing, so a question written and read back equals itself.
 *
 * @param category        the path of the last {@code $CATEGORY:} line before the question, or null
 * @param name            the name between {@code ::} and {@code ::}, or null
 * @param comments        the {@code //} lines directly before the question (no blank line between), each
 *                        without {@code //} and one following space
 * @param format          the {@code [html]}-style prefix of the text, or null when there is none
 * @param type            what kind of question it is
 * @param stem            the question text, unescaped, never blank
 * @param answers         choices or accepted answers, for multiple choice, multiple response and short answer
 * @param numericAnswers  accepted numbers, for numerical
 * @param pairs           pairs to match, for matching
 * @param trueFalseAnswer the right answer of a true-false question, null for every other type
 * @param trueFeedback    true-false only: the feedback for a student who answers TRUE, or null
 * @param falseFeedback   true-false only: the feedback for a student who answers FALSE, or null
 * @param generalFeedback the feedback after {@code ####}, shown whatever was answered, or null
 * @param line            the 1-based line where the question starts (its first line that is not a
 *                        {@code //} comment), 0 for a question that was not read from text
 */
public record GiftQuestion(
        String category,
        String name,
        List<String> comments,
        GiftFormat format,
        GiftType type,
        String stem,
        List<GiftAnswer> answers,
        List<GiftNumericAnswer> numericAnswers,
        List<GiftPair> pairs,
        Boolean trueFalseAnswer,
        String trueFeedback,
        String falseFeedback,
        String generalFeedback,
        int line) {

    /** What stands in the stem of a missing word question where the answer block was. */
    public static final String BLANK = "_____";

    public GiftQuestion {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(stem, "stem");
        comments = List.copyOf(comments == null ? List.of() : comments);
        answers = List.copyOf(answers == null ? List.of() : answers);
        numericAnswers = List.copyOf(numericAnswers == null ? List.of() : numericAnswers);
        pairs = List.copyOf(pairs == null ? List.of() : pairs);
        boolean trueFalse = type == GiftType.TRUE_FALSE;
        boolean choice = type == GiftType.MULTIPLE_CHOICE || type == GiftType.MULTIPLE_RESPONSE
                || type == GiftType.SHORT_ANSWER;
        // A question whose answers do not fit its type could not be written as GIFT at all.
        require(trueFalse == (trueFalseAnswer != null), "a true-false question, and only one, has a true-false answer");
        require(trueFalse || (trueFeedback == null && falseFeedback == null), "only a true-false question has true or false feedback");
        require(choice || answers.isEmpty(), type + " has no choices or typed answers");
        require(type == GiftType.NUMERICAL || numericAnswers.isEmpty(), type + " has no numeric answers");
        require(type == GiftType.MATCHING || pairs.isEmpty(), type + " has no pairs");
        require(type != GiftType.DESCRIPTION || generalFeedback == null, "a description has no answer block for general feedback");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** True-false only: the feedback for a wrong answer, the first after {@code #} in {@code {T#wrong#right}}. */
    public String wrongFeedback() {
        return Boolean.TRUE.equals(trueFalseAnswer) ? falseFeedback : trueFeedback;
    }

    /** True-false only: the feedback for the right answer, the second after {@code #}. */
    public String rightFeedback() {
        return Boolean.TRUE.equals(trueFalseAnswer) ? trueFeedback : falseFeedback;
    }

    /** The same question as read from another line. */
    public GiftQuestion withLine(int newLine) {
        return new GiftQuestion(category, name, comments, format, type, stem, answers, numericAnswers, pairs,
                trueFalseAnswer, trueFeedback, falseFeedback, generalFeedback, newLine);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GiftQuestion that
                && Objects.equals(category, that.category) && Objects.equals(name, that.name)
                && comments.equals(that.comments) && format == that.format && type == that.type
                && stem.equals(that.stem) && answers.equals(that.answers)
                && numericAnswers.equals(that.numericAnswers) && pairs.equals(that.pairs)
                && Objects.equals(trueFalseAnswer, that.trueFalseAnswer)
                && Objects.equals(trueFeedback, that.trueFeedback) && Objects.equals(falseFeedback, that.falseFeedback)
                && Objects.equals(generalFeedback, that.generalFeedback);
    }

    @Override
    public int hashCode() {
        return Objects.hash(category, name, comments, format, type, stem, answers, numericAnswers, pairs,
                trueFalseAnswer, trueFeedback, falseFeedback, generalFeedback);
    }

    public static Builder builder(GiftType type, String stem) {
        return new Builder().type(type).stem(stem);
    }

    /** Builds a question step by step, as the parser learns its parts in an order unlike the record's. */
    public static final class Builder {
        private String category;
        private String name;
        private final List<String> comments = new ArrayList<>();
        private GiftFormat format;
        private GiftType type;
        private String stem;
        private final List<GiftAnswer> answers = new ArrayList<>();
        private final List<GiftNumericAnswer> numericAnswers = new ArrayList<>();
        private final List<GiftPair> pairs = new ArrayList<>();
        private Boolean trueFalseAnswer;
        private String trueFeedback;
        private String falseFeedback;
        private String generalFeedback;
        private int line;

        Builder() {
        }

        public Builder category(String value) {
            category = value;
            return this;
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder comment(String value) {
            comments.add(value);
            return this;
        }

        public Builder format(GiftFormat value) {
            format = value;
            return this;
        }

        public Builder type(GiftType value) {
            type = value;
            return this;
        }

        public Builder stem(String value) {
            stem = value;
            return this;
        }

        public Builder answer(GiftAnswer value) {
            answers.add(value);
            return this;
        }

        public Builder numericAnswer(GiftNumericAnswer value) {
            numericAnswers.add(value);
            return this;
        }

        public Builder pair(String left, String right) {
            pairs.add(new GiftPair(left, right));
            return this;
        }

        /** A true-false answer with the feedback for a student answering TRUE and for one answering FALSE. */
        public Builder trueFalse(boolean answer, String feedbackForTrue, String feedbackForFalse) {
            trueFalseAnswer = answer;
            trueFeedback = feedbackForTrue;
            falseFeedback = feedbackForFalse;
            return this;
        }

        public Builder generalFeedback(String value) {
            generalFeedback = value;
            return this;
        }

        public Builder line(int value) {
            line = value;
            return this;
        }

        /** The type set so far, for the parser to check the text around the answer block. */
        GiftType type() {
            return type;
        }

        public GiftQuestion build() {
            return new GiftQuestion(category, name, comments, format, type, stem, answers, numericAnswers, pairs,
                    trueFalseAnswer, trueFeedback, falseFeedback, generalFeedback, line);
        }
    }
}
