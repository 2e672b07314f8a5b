package id.pendamping.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A lesson studied in an enrolment, for one version of the lesson (its content hash). Marking it
 * twice changes nothing; a new version of the lesson has to be studied again, an unchanged one not.
 */
@Entity
@Table(name = "lesson_progress")
@IdClass(LessonProgress.Key.class)
@NamedQuery(name = "LessonProgress.ofEnrolment", query = "select p from LessonProgress p where p.enrolmentId = :enrolment")
@NamedQuery(name = "LessonProgress.ofCohort", query = "select p from LessonProgress p, Enrolment e "
        + "where p.enrolmentId = e.id and e.cohort.id = :cohort")
public class LessonProgress {

    @Id
    @Column(name = "enrolment_id")
    private Long enrolmentId;

    @Id
    @Column(name = "lesson_key")
    private String lessonKey;

    @Id
    @Column(name = "content_hash")
    private String contentHash;

    @Column(name = "studied_at")
    private Instant studiedAt;

    protected LessonProgress() {
    }

    public LessonProgress(Long enrolmentId, String lessonKey, String contentHash, Instant studiedAt) {
        this.enrolmentId = enrolmentId;
        this.lessonKey = lessonKey;
        this.contentHash = contentHash;
        this.studiedAt = studiedAt;
    }

    public Long getEnrolmentId() {
        return enrolmentId;
    }

    public String getLessonKey() {
        return lessonKey;
    }

    public String getContentHash() {
        return contentHash;
    }

    public Instant getStudiedAt() {
        return studiedAt;
    }

    /** The composite key: enrolment, lesson, version. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long enrolmentId;
        private String lessonKey;
        private String contentHash;

        public Key() {
        }

        public Key(Long enrolmentId, String lessonKey, String contentHash) {
            this.enrolmentId = enrolmentId;
            this.lessonKey = lessonKey;
            this.contentHash = contentHash;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(enrolmentId, k.enrolmentId)
                    && Objects.equals(lessonKey, k.lessonKey) && Objects.equals(contentHash, k.contentHash);
        }

        @Override
        public int hashCode() {
            return Objects.hash(enrolmentId, lessonKey, contentHash);
        }
    }
}
