package id.pendamping.assessment.api;

import id.pendamping.assessment.application.AttemptGraded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts AttemptGraded events per attempt, so a test can tell that an attempt was graded exactly once. */
@ApplicationScoped
public class GradedEvents {

    private final Map<Long, AtomicInteger> counts = new ConcurrentHashMap<>();

    void graded(@Observes AttemptGraded event) {
        counts.computeIfAbsent(event.attemptId(), id -> new AtomicInteger()).incrementAndGet();
    }

    public int timesGraded(Long attemptId) {
        AtomicInteger count = counts.get(attemptId);
        return count == null ? 0 : count.get();
    }
}
