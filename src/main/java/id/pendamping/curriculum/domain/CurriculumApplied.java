package id.pendamping.curriculum.domain;

import java.time.Instant;

/**
 * Fired inside the import's transaction once the curriculum is written, so later contexts write
 * their own content from the same, already validated folder, and a failure there undoes it all.
 */
public final class CurriculumApplied {

    private final ContentSource source;
    private final Curriculum curriculum;
    private final Instant at;
    private int otherChanges;

    public CurriculumApplied(ContentSource source, Curriculum curriculum, Instant at) {
        this.source = source;
        this.curriculum = curriculum;
        this.at = at;
    }

    public ContentSource source() {
        return source;
    }

    public Curriculum curriculum() {
        return curriculum;
    }

    public Instant at() {
        return at;
    }

    /** Observers count what they changed, so the import's record says whether anything did. */
    public void countChanges(int changes) {
        otherChanges += changes;
    }

    public int otherChanges() {
        return otherChanges;
    }
}
