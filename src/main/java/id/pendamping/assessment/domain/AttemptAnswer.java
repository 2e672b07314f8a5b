package id.pendamping.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The latest answer to one item of an attempt, as the JSON the page sent, with the page's sequence
 * number for it ({@link SavedAnswer} says why).
 */
@Entity
@Table(name = "attempt_answer")
@IdClass(AttemptPositionKey.class)
@NamedQuery(name = "AttemptAnswer.ofAttempt", query = "select a from AttemptAnswer a where a.attemptId = :attempt order by a.position")
public class AttemptAnswer {

    @Id
    @Column(name = "attempt_id")
    private Long attemptId;

    @Id
    private int position;

    private String response;

    private long sequence;

    @Column(name = "saved_at")
    private Instant savedAt;

    protected AttemptAnswer() {
    }

    public AttemptAnswer(Long attemptId, int position, String response, long sequence, Instant savedAt) {
        this.attemptId = attemptId;
        this.position = position;
        this.response = response;
        this.sequence = sequence;
        this.savedAt = savedAt;
    }

    public Long getAttemptId() {
        return attemptId;
    }

    public int getPosition() {
        return position;
    }

    public String getResponse() {
        return response;
    }

    public long getSequence() {
        return sequence;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
