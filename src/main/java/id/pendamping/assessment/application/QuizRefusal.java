package id.pendamping.assessment.application;

/**
 * A quiz request the rules refuse: the quiz is not open to the trainee yet, no attempt is left,
 * the attempt is already closed, or its time is up. Nothing was changed. The reason's bundle key
 * is "quiz.refused." plus the reason in lower case.
 */
public class QuizRefusal extends RuntimeException {

    public enum Reason { NOT_OPEN, NO_ATTEMPTS_LEFT, CLOSED, TIME_UP, NOT_FOUND }

    private final Reason reason;

    public QuizRefusal(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return "quiz.refused." + reason.name().toLowerCase(java.util.Locale.ROOT);
    }
}
