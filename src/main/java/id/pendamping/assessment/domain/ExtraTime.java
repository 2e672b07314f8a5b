package id.pendamping.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** Extra time a coordinator granted one trainee on one quiz; it lengthens the attempts started after. */
@Entity
@Table(name = "quiz_extra_time")
@IdClass(ExtraTime.Key.class)
public class ExtraTime {

    @Id
    @Column(name = "quiz_code")
    private String quizCode;

    @Id
    @Column(name = "enrolment_id")
    private Long enrolmentId;

    @Column(name = "extra_seconds")
    private int extraSeconds;

    @Column(name = "granted_by")
    private String grantedBy;

    @Column(name = "granted_at")
    private Instant grantedAt;

    protected ExtraTime() {
    }

    public ExtraTime(String quizCode, Long enrolmentId, Duration extra, String grantedBy, Instant at) {
        this.quizCode = quizCode;
        this.enrolmentId = enrolmentId;
        change(extra, grantedBy, at);
    }

    public final void change(Duration extra, String by, Instant at) {
        this.extraSeconds = (int) extra.toSeconds();
        this.grantedBy = by;
        this.grantedAt = at;
    }

    public String getQuizCode() {
        return quizCode;
    }

    public Long getEnrolmentId() {
        return enrolmentId;
    }

    public Duration getExtra() {
        return Duration.ofSeconds(extraSeconds);
    }

    public static class Key implements Serializable {
        private String quizCode;
        private Long enrolmentId;

        public Key() {
        }

        public Key(String quizCode, Long enrolmentId) {
            this.quizCode = quizCode;
            this.enrolmentId = enrolmentId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(quizCode, k.quizCode) && Objects.equals(enrolmentId, k.enrolmentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(quizCode, enrolmentId);
        }
    }
}
