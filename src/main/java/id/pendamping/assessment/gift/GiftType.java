package id.pendamping.assessment.gift;

/** The kinds of question GIFT can express, told apart by what the answer block holds. */
public enum GiftType {

    /** One right answer marked {@code =}, the others {@code ~} (possibly with partial credit {@code ~%50%}). */
    MULTIPLE_CHOICE,

    /** Only {@code ~} answers, at least one with a positive weight such as {@code ~%50%}; several may be chosen. */
    MULTIPLE_RESPONSE,

    /** {@code {T}}, {@code {TRUE}}, {@code {F}} or {@code {FALSE}}. */
    TRUE_FALSE,

    /** Pairs {@code =left -> right}, at least three. */
    MATCHING,

    /** Only {@code =} answers: the typed answer must equal one of them. */
    SHORT_ANSWER,

    /** A block starting with {@code #}: numbers with a tolerance or a range. */
    NUMERICAL,

    /** An empty block {@code {}}: a free text answer graded by hand. */
    ESSAY,

    /** No answer block at all: text shown between questions, never graded. */
    DESCRIPTION
}
