package id.pendamping.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A trainee's attempt (percobaan) at a quiz. The server draws its items, fixes their order and sets
 * its deadline when it starts; from then on it only takes answers until it is submitted by the
 * trainee or closed by the server at the deadline, and is graded exactly once, at that moment.
 * Numbers count the trainee's attempts at the quiz, and (quiz, enrolment, number) is unique, which
 * is what holds the attempts limit when two starts race.
 */
@Entity
@Table(name = "quiz_attempt")
@NamedQuery(name = "QuizAttempt.ofEnrolment", query = "select a from QuizAttempt a where a.enrolmentId = :enrolment "
        + "order by a.quizCode, a.number")
@NamedQuery(name = "QuizAttempt.ofQuiz", query = "select a from QuizAttempt a where a.enrolmentId = :enrolment "
        + "and a.quizCode = :quiz order by a.number")
@NamedQuery(name = "QuizAttempt.ofQuizWithExtraTime", query = "select a, x.extraSeconds from QuizAttempt a "
        + "left join ExtraTime x on x.quizCode = a.quizCode and x.enrolmentId = a.enrolmentId "
        + "where a.enrolmentId = :enrolment and a.quizCode = :quiz order by a.number")
@NamedQuery(name = "QuizAttempt.overdue", query = "select a.id from QuizAttempt a where a.status = "
        + "id.pendamping.assessment.domain.QuizAttempt.Status.IN_PROGRESS and a.deadline < :cutoff order by a.deadline")
@NamedQuery(name = "QuizAttempt.gradedOfQuiz", query = "select a from QuizAttempt a where a.quizCode = :quiz and a.status = "
        + "id.pendamping.assessment.domain.QuizAttempt.Status.GRADED and a.enrolmentId in :enrolments order by a.id")
public class QuizAttempt {

    /** DRAWN: its items drawn ahead of time, not started; IN_PROGRESS: taking answers; GRADED: closed and scored. */
    public enum Status { DRAWN, IN_PROGRESS, GRADED }

    /** Who closed the attempt: the trainee by submitting, or the server when the time ran out. */
    public enum ClosedBy { TRAINEE, DEADLINE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "quiz_code")
    private String quizCode;

    @Column(name = "enrolment_id")
    private Long enrolmentId;

    @Column(name = "account_id")
    private Long accountId;

    private int number;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "started_at")
    private Instant startedAt;

    private Instant deadline;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "closed_by")
    private ClosedBy closedBy;

    private BigDecimal points;

    @Column(name = "max_points")
    private Integer maxPoints;

    private BigDecimal percent;

    private Boolean passed;

    @Column(name = "essays_pending")
    private Integer essaysPending;

    @Version
    private long version;

    protected QuizAttempt() {
    }

    public QuizAttempt(String quizCode, Long enrolmentId, Long accountId, int number, Instant startedAt, Instant deadline) {
        this.quizCode = quizCode;
        this.enrolmentId = enrolmentId;
        this.accountId = accountId;
        this.number = number;
        this.status = startedAt == null ? Status.DRAWN : Status.IN_PROGRESS;
        this.startedAt = startedAt;
        this.deadline = deadline;
    }

    /** An attempt whose items are drawn ahead of its start. */
    public static QuizAttempt drawnAhead(String quizCode, Long enrolmentId, Long accountId, int number) {
        return new QuizAttempt(quizCode, enrolmentId, accountId, number, null, null);
    }

    public boolean isDrawnAhead() {
        return status == Status.DRAWN;
    }

    /** Starts an attempt drawn ahead: from now to the deadline it takes answers. */
    public void start(Instant now, Instant deadline) {
        if (status != Status.DRAWN) {
            throw new IllegalStateException("attempt " + id + " is " + status + ", not drawn ahead");
        }
        this.status = Status.IN_PROGRESS;
        this.startedAt = now;
        this.deadline = deadline;
    }

    /** Records the grade, once, in the transaction that closed the attempt. */
    public void graded(AttemptResult result) {
        this.points = result.points();
        this.maxPoints = result.maxPoints();
        this.percent = result.percent();
        this.passed = result.passed();
        this.essaysPending = result.essaysPending();
    }

    public boolean isOpen() {
        return status == Status.IN_PROGRESS;
    }

    public Long getId() {
        return id;
    }

    public String getQuizCode() {
        return quizCode;
    }

    public Long getEnrolmentId() {
        return enrolmentId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public int getNumber() {
        return number;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public ClosedBy getClosedBy() {
        return closedBy;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public Integer getMaxPoints() {
        return maxPoints;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public Boolean getPassed() {
        return passed;
    }

    public Integer getEssaysPending() {
        return essaysPending;
    }
}
