package id.pendamping.assessment.domain;

import java.io.Serializable;
import java.util.Objects;

/** The key of what an attempt holds per item (its drawn items and its answers): the attempt and the position. */
public class AttemptPositionKey implements Serializable {

    private Long attemptId;
    private int position;

    public AttemptPositionKey() {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AttemptPositionKey k && Objects.equals(attemptId, k.attemptId) && position == k.position;
    }

    @Override
    public int hashCode() {
        return Objects.hash(attemptId, position);
    }
}
