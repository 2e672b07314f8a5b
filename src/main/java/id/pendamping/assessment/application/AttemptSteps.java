package id.pendamping.assessment.application;

import id.pendamping.assessment.application.QuizRefusal.Reason;
import id.pendamping.assessment.domain.AttemptAnswer;
import id.pendamping.assessment.domain.AttemptItem;
import id.pendamping.assessment.domain.AttemptResult;
import id.pendamping.assessment.domain.AttemptTiming;
import id.pendamping.assessment.domain.DrawnItem;
import id.pendamping.assessment.domain.ExtraTime;
import id.pendamping.assessment.domain.Item;
import id.pendamping.assessment.domain.ItemDraw;
import id.pendamping.assessment.domain.Quiz;
import id.pendamping.assessment.domain.QuizAttempt;
import id.pendamping.assessment.domain.QuizLoader;
import id.pendamping.assessment.domain.Response;
import id.pendamping.assessment.domain.ResponseCodec;
import id.pendamping.assessment.infrastructure.AnswerStore;
import id.pendamping.assessment.domain.Scorer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The transactions of an attempt's life, each one short: start (draw and persist), save one answer,
 * close and grade (always in a transaction of its own, so a caller reading the attempt cannot hold
 * a stale copy of it inside the same transaction). They trust their caller ({@link QuizAttempts}) to have checked who is asking; what
 * they guard themselves is the state, with conditional updates that make races harmless.
 */
@ApplicationScoped
public class AttemptSteps {

    private static final SecureRandom SEEDS = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    ItemBank bank;

    @Inject
    Event<AttemptGraded> graded;

    @Inject
    AnswerStore answers;

    // Items of attempts taking answers; bounded by the attempts open at once, and dropped at closing.
    private final Map<Long, long[]> itemsOfAttempt = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Starts the next attempt. Two starts at once may both pick the same number; the unique
     * constraint lets one of them commit and makes the other fail, to be retried by the caller.
     */
    /** The attempt started, or the one already in progress ({@code resumed}), with its number and deadline. */
    public record Started(Long attemptId, boolean resumed, int number, Instant startedAt, Instant deadline) {
    }

    @Transactional
    public Started start(Quiz quiz, Long enrolmentId, Long accountId, Instant now) {
        // The trainee's attempts with their extra time, in one statement: a whole class starts at once.
        List<Object[]> rows = em.createNamedQuery("QuizAttempt.ofQuizWithExtraTime", Object[].class)
                .setParameter("enrolment", enrolmentId).setParameter("quiz", quiz.getCode()).getResultList();
        List<QuizAttempt> earlier = rows.stream().map(row -> (QuizAttempt) row[0]).toList();
        for (QuizAttempt attempt : earlier) {
            if (attempt.isOpen()) {
                return new Started(attempt.getId(), true, attempt.getNumber(), attempt.getStartedAt(), attempt.getDeadline());
            }
        }
        Duration extra = rows.isEmpty() ? extraTime(quiz, enrolmentId)
                : rows.get(0)[1] == null ? Duration.ZERO : Duration.ofSeconds((Integer) rows.get(0)[1]);
        Instant deadline = AttemptTiming.deadline(now, quiz.getTimeLimit(), extra);
        for (QuizAttempt attempt : earlier) {
            if (attempt.isDrawnAhead()) {
                // The update checks the version read above: if a concurrent request started this
                // attempt first, the flush fails here and the caller tries again (and resumes it).
                attempt.start(now, deadline);
                em.flush();
                return new Started(attempt.getId(), false, attempt.getNumber(), now, deadline);
            }
        }
        int number = earlier.size() + 1;
        if (number > quiz.getAttemptsAllowed()) {
            throw new QuizRefusal(Reason.NO_ATTEMPTS_LEFT, quiz.getCode() + " allows " + quiz.getAttemptsAllowed());
        }
        Long id = persistWithItems(quiz, new QuizAttempt(quiz.getCode(), enrolmentId, accountId, number, now, deadline));
        return new Started(id, false, number, now, deadline);
    }

    /**
     * Draws the trainee's next attempt ahead of its start, when they look at their quizzes, so the
     * start itself is one conditional update even when a whole class starts in the same second.
     * Does nothing when an attempt is in progress or drawn already, or none is left.
     */
    @Transactional
    public void drawAhead(Quiz quiz, Long enrolmentId, Long accountId) {
        List<QuizAttempt> earlier = attemptsAt(quiz, enrolmentId);
        if (earlier.size() >= quiz.getAttemptsAllowed() || earlier.stream().anyMatch(a -> a.isOpen() || a.isDrawnAhead())) {
            return;
        }
        persistWithItems(quiz, QuizAttempt.drawnAhead(quiz.getCode(), enrolmentId, accountId, earlier.size() + 1));
    }

    private List<QuizAttempt> attemptsAt(Quiz quiz, Long enrolmentId) {
        return em.createNamedQuery("QuizAttempt.ofQuiz", QuizAttempt.class)
                .setParameter("enrolment", enrolmentId).setParameter("quiz", quiz.getCode()).getResultList();
    }

    private Duration extraTime(Quiz quiz, Long enrolmentId) {
        ExtraTime extra = em.find(ExtraTime.class, new ExtraTime.Key(quiz.getCode(), enrolmentId));
        return extra == null ? Duration.ZERO : extra.getExtra();
    }

    /** Persists the attempt and its items drawn from the bank; the flush is where a lost race shows. */
    private Long persistWithItems(Quiz quiz, QuizAttempt attempt) {
        em.persist(attempt);
        em.flush();
        Map<Item, Long> versions = new IdentityHashMap<>();
        List<Item> items = new ArrayList<>();
        for (ItemBank.Entry entry : bank.current()) {
            versions.put(entry.item(), entry.versionId());
            items.add(entry.item());
        }
        List<DrawnItem> drawn = ItemDraw.draw(quiz.definition().blueprint(), QuizLoader.drawable(quiz.definition(), items),
                new Random(SEEDS.nextLong()));
        for (DrawnItem item : drawn) {
            em.persist(new AttemptItem(attempt.getId(), item.position(), versions.get(item.item()), item.shownOrder()));
        }
        return attempt.getId();
    }

    /**
     * Saves one answer. The first statement locks the attempt's row while checking that it is
     * the caller's, still open and within its time; grading takes the same lock, so an answer
     * is either in the grade or refused, never acknowledged and then left out.
     */
    @Transactional
    public SaveOutcome save(Long attemptId, Long accountId, int position, String json, long sequence, Instant now,
                            Duration grace) {
        if (!answers.lockOpenAttempt(attemptId, accountId, now.minus(grace))) {
            throw refusalFor(em.find(QuizAttempt.class, attemptId), accountId);
        }
        String response = ResponseCodec.encode(ResponseCodec.decode(json, bank.item(itemAt(attemptId, position))));
        return answers.write(attemptId, position, response, sequence, now);
    }

    /** The item version at a position of an attempt; an attempt's items never change, so they are remembered. */
    private Long itemAt(Long attemptId, int position) {
        long[] items = itemsOfAttempt.computeIfAbsent(attemptId, id -> em.createNamedQuery("AttemptItem.ofAttempt", AttemptItem.class)
                .setParameter("attempt", id).getResultStream().mapToLong(AttemptItem::getItemId).toArray());
        if (position < 0 || position >= items.length) {
            throw new ResponseCodec.Unfit("the attempt has no item at position " + position);
        }
        return items[position];
    }

    /**
     * Closes and grades the attempt if it is still open; returns false when someone else (a second
     * submit, the deadline job on another node) already did. The conditional update decides.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean close(Long attemptId, QuizAttempt.ClosedBy by, Instant now) {
        int won = em.createQuery("update QuizAttempt a set a.status = :graded, a.closedAt = :now, a.closedBy = :by, "
                        + "a.version = a.version + 1 where a.id = :id and a.status = :open")
                .setParameter("graded", QuizAttempt.Status.GRADED).setParameter("now", now).setParameter("by", by)
                .setParameter("id", attemptId).setParameter("open", QuizAttempt.Status.IN_PROGRESS).executeUpdate();
        itemsOfAttempt.remove(attemptId);
        if (won == 0) {
            return false;
        }
        QuizAttempt attempt = em.find(QuizAttempt.class, attemptId);
        Quiz quiz = em.find(Quiz.class, attempt.getQuizCode());
        List<AttemptItem> items = em.createNamedQuery("AttemptItem.ofAttempt", AttemptItem.class)
                .setParameter("attempt", attemptId).getResultList();
        Map<Integer, Response> answers = new HashMap<>();
        List<DrawnItem> drawn = new ArrayList<>();
        Map<Integer, Item> byPosition = new HashMap<>();
        for (AttemptItem item : items) {
            Item shown = bank.item(item.getItemId());
            byPosition.put(item.getPosition(), shown);
            drawn.add(new DrawnItem(item.getPosition(), shown, item.getShownOrder()));
        }
        for (AttemptAnswer answer : em.createNamedQuery("AttemptAnswer.ofAttempt", AttemptAnswer.class)
                .setParameter("attempt", attemptId).getResultList()) {
            answers.put(answer.getPosition(), ResponseCodec.decode(answer.getResponse(), byPosition.get(answer.getPosition())));
        }
        for (AttemptItem item : items) {
            Scorer.score(byPosition.get(item.getPosition()), answers.get(item.getPosition())).ifPresent(item::scored);
        }
        AttemptResult result = AttemptResult.grade(drawn, answers, quiz.getPassPercent());
        attempt.graded(result);
        graded.fire(new AttemptGraded(attemptId, quiz.getCode(), attempt.getEnrolmentId(), result.percent(), result.passed(), by));
        return true;
    }

    @Transactional
    public List<Long> overdue(Instant cutoff, int limit) {
        return em.createNamedQuery("QuizAttempt.overdue", Long.class).setParameter("cutoff", cutoff).setMaxResults(limit)
                .getResultList();
    }

    private static RuntimeException refusalFor(QuizAttempt attempt, Long accountId) {
        if (attempt == null || !attempt.getAccountId().equals(accountId)) {
            return new QuizRefusal(Reason.NOT_FOUND, "no such attempt of the caller");
        }
        return attempt.isOpen() ? new QuizRefusal(Reason.TIME_UP, "deadline " + attempt.getDeadline())
                : new QuizRefusal(Reason.CLOSED, "closed " + attempt.getClosedAt());
    }
}
