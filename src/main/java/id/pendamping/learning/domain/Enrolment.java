package id.pendamping.learning.domain;

import id.pendamping.identity.domain.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A trainee's place in a cohort: enrolled by a coordinator, or requested by the trainee and then
 * accepted or declined. It remembers the last lesson opened, so study resumes there on any device.
 */
@Entity
@Table(name = "enrolment")
@NamedQuery(name = "Enrolment.ofAccount", query = "select e from Enrolment e join e.cohort c "
        + "where e.account.id = :account order by c.startsOn desc, e.id desc")
@NamedQuery(name = "Enrolment.ofCohort", query = "select e from Enrolment e join e.account a "
        + "where e.cohort.id = :cohort and e.status = :status order by a.fullName")
@NamedQuery(name = "Enrolment.find", query = "select e from Enrolment e where e.cohort.id = :cohort and e.account.id = :account")
@NamedQuery(name = "Enrolment.countEnrolled", query = "select count(e) from Enrolment e where e.cohort.id = :cohort "
        + "and e.status = id.pendamping.learning.domain.Enrolment.Status.ENROLLED")
public class Enrolment {

    public enum Status { ENROLLED, REQUESTED, DECLINED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    // Eager: an enrolment is always shown with its cohort and person, and lists are one cohort long.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "last_lesson_key")
    private String lastLessonKey;

    @Version
    private long version;

    protected Enrolment() {
    }

    private Enrolment(Cohort cohort, Account account, Status status, Instant at) {
        this.cohort = cohort;
        this.account = account;
        this.status = status;
        this.requestedAt = at;
        this.decidedAt = status == Status.ENROLLED ? at : null;
    }

    public static Enrolment enrolledBy(Cohort cohort, Account trainee, Instant at) {
        return new Enrolment(cohort, trainee, Status.ENROLLED, at);
    }

    public static Enrolment requestedBy(Cohort cohort, Account trainee, Instant at) {
        return new Enrolment(cohort, trainee, Status.REQUESTED, at);
    }

    public void accept(Instant at) {
        status = Status.ENROLLED;
        decidedAt = at;
    }

    public void decline(Instant at) {
        status = Status.DECLINED;
        decidedAt = at;
    }

    public void opened(String lessonKey) {
        lastLessonKey = lessonKey;
    }

    public boolean isEnrolled() {
        return status == Status.ENROLLED;
    }

    public Long getId() {
        return id;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public Account getAccount() {
        return account;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getLastLessonKey() {
        return lastLessonKey;
    }
}
