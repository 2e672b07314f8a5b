package id.pendamping.assessment.application;

import id.pendamping.assessment.application.QuizRefusal.Reason;
import id.pendamping.assessment.domain.AttemptTiming;
import id.pendamping.assessment.domain.Quiz;
import id.pendamping.assessment.domain.QuizAttempt;
import id.pendamping.assessment.domain.QuizKind;
import id.pendamping.identity.application.Caller;
import id.pendamping.identity.domain.Role;
import id.pendamping.learning.application.StudyService;
import id.pendamping.learning.domain.Enrolment;
import id.pendamping.learning.domain.StudyProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import java.math.BigDecimal;
import java.time.Clock;
import id.pendamping.assessment.domain.AttemptAnswer;
import id.pendamping.assessment.domain.AttemptItem;
import id.pendamping.assessment.domain.Item;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a trainee may see of quizzes: the quizzes of their programme with where they stand on each,
 * and their own attempts. Every lookup checks that the enrolment or attempt is the caller's.
 */
@ApplicationScoped
public class QuizCatalog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    StudyService study;

    @Inject
    Clock clock;

    @Inject
    AttemptSteps steps;

    @Inject
    ItemBank bank;

    /** A quiz that the caller may start, with the account the attempt will belong to. */
    public record Opening(Quiz quiz, Long accountId) {
    }

    /** Where the trainee stands on one quiz of their programme. */
    public record QuizStanding(Quiz quiz, boolean open, List<QuizAttempt> attempts, Optional<BigDecimal> grade) {

        public Optional<QuizAttempt> inProgress() {
            return attempts.stream().filter(QuizAttempt::isOpen).findFirst();
        }

        public int attemptsLeft() {
            return Math.max(0, quiz.getAttemptsAllowed() - attempts.size());
        }

        public boolean passed() {
            return grade.filter(g -> g.compareTo(quiz.getPassPercent()) >= 0).isPresent();
        }

        public boolean canStart() {
            return open && (inProgress().isPresent() || attemptsLeft() > 0);
        }
    }

    /** The quiz must be in service, belong to the trainee's programme and be open to them. */
    @Transactional
    public Opening checkOpen(Long enrolmentId, String quizCode) {
        caller.require(Role.TRAINEE);
        Long account = caller.account().getId();
        // One small query instead of the enrolment with its cohort, programme and people: a whole
        // class passes here in the same minute.
        List<Object[]> rows = enrolmentId == null ? List.of() : em.createQuery("select e.account.id, p.code, p.id from Enrolment e "
                        + "join e.cohort c join c.programme p where e.id = :id and e.status = :enrolled", Object[].class)
                .setParameter("id", enrolmentId).setParameter("enrolled", Enrolment.Status.ENROLLED).getResultList();
        if (rows.isEmpty() || !account.equals(rows.get(0)[0])) {
            throw new id.pendamping.platform.AccessDenied("enrolment " + enrolmentId);
        }
        Quiz quiz = quizCode == null ? null : em.find(Quiz.class, quizCode);
        boolean belongs = quiz != null && (quiz.getKind() == QuizKind.MODULE_QUIZ
                ? em.find(id.pendamping.curriculum.domain.Programme.class, rows.get(0)[2]).getModuleKeys().contains(quiz.getModuleKey())
                : rows.get(0)[1].equals(quiz.getProgrammeCode()));
        if (!belongs || !quiz.isActive()) {
            throw new QuizRefusal(Reason.NOT_FOUND, "quiz " + quizCode + " for enrolment " + enrolmentId);
        }
        if (!isOpen(quiz, () -> study.programme(enrolmentId).progress())) {
            throw new QuizRefusal(Reason.NOT_OPEN, quizCode);
        }
        return new Opening(quiz, account);
    }

    /**
     * An attempt started or resumed, with what the quiz shows of it when that was asked for; a
     * resumed attempt whose time is up ({@code timeUp}) is not shown, its caller closes it first.
     */
    public record StartedAttempt(AttemptSteps.Started started, boolean timeUp, AttemptView view) {
    }

    /**
     * Checks that the quiz is open to the caller, starts their attempt and, when {@code show}, reads
     * it back for showing, all in one transaction: a whole class starts in the same minute, and this
     * is the one request each trainee makes then.
     */
    @Transactional
    public StartedAttempt start(Long enrolmentId, String quizCode, Instant now, boolean show) {
        Opening opening = checkOpen(enrolmentId, quizCode);
        AttemptSteps.Started started = steps.start(opening.quiz(), enrolmentId, opening.accountId(), now);
        boolean timeUp = started.resumed() && AttemptTiming.overdue(now, started.deadline(), QuizAttempts.grace());
        return new StartedAttempt(started, timeUp, show && !timeUp ? view(started.attemptId(), started.resumed()) : null);
    }

    /**
     * The quizzes of the caller's programme, pre-test first, then module quizzes, then the post-test.
     * The next attempt of each quiz the trainee may start is drawn here, ahead of its start. Not one
     * transaction: each draw has its own, and a draw lost to a concurrent one is simply not needed.
     */
    public List<QuizStanding> quizzesOf(Long enrolmentId) {
        Enrolment enrolment = study.myEnrolment(enrolmentId);
        StudyProgress progress = study.programme(enrolmentId).progress();
        List<QuizStanding> standings = new ArrayList<>();
        List<Quiz> quizzes = em.createNamedQuery("Quiz.active", Quiz.class).getResultList().stream()
                .filter(q -> belongs(q, enrolment)).sorted(java.util.Comparator.comparingInt((Quiz q) -> q.getKind().ordinal() == 0 ? 0
                        : q.getKind() == QuizKind.MODULE_QUIZ ? 1 : 2).thenComparing(Quiz::getCode)).toList();
        List<QuizAttempt> all = em.createNamedQuery("QuizAttempt.ofEnrolment", QuizAttempt.class)
                .setParameter("enrolment", enrolmentId).getResultList();
        for (Quiz quiz : quizzes) {
            List<QuizAttempt> ofQuiz = all.stream().filter(a -> a.getQuizCode().equals(quiz.getCode())).toList();
            List<QuizAttempt> attempts = ofQuiz.stream().filter(a -> !a.isDrawnAhead()).toList();
            List<BigDecimal> percents = attempts.stream().filter(a -> !a.isOpen()).map(QuizAttempt::getPercent).toList();
            QuizStanding standing = new QuizStanding(quiz, isOpen(quiz, () -> progress), attempts, quiz.getGrading().of(percents));
            standings.add(standing);
            if (standing.canStart() && standing.inProgress().isEmpty() && ofQuiz.size() == attempts.size()) {
                drawAhead(quiz, enrolment);
            }
        }
        return standings;
    }

    private void drawAhead(Quiz quiz, Enrolment enrolment) {
        try {
            steps.drawAhead(quiz, enrolment.getId(), enrolment.getAccount().getId());
        } catch (PersistenceException | TransactionalException lostRace) {
            // another request drew it at the same moment: one drawn attempt is all that is needed
        }
    }

    /** The caller's attempt, closed first when its time is up; refused as not found for anyone else's. */
    public QuizAttempt myAttempt(Long attemptId) {
        caller.require(Role.TRAINEE);
        QuizAttempt attempt = attemptId == null ? null : em.find(QuizAttempt.class, attemptId);
        if (attempt == null || attempt.isDrawnAhead() || !attempt.getAccountId().equals(caller.account().getId())) {
            throw new QuizRefusal(Reason.NOT_FOUND, "attempt " + attemptId);
        }
        if (attempt.isOpen() && AttemptTiming.overdue(clock.instant(), attempt.getDeadline(), QuizAttempts.grace())) {
            steps.close(attemptId, QuizAttempt.ClosedBy.DEADLINE, clock.instant());
            if (em.contains(attempt)) {
                em.refresh(attempt);
            } else {
                attempt = em.find(QuizAttempt.class, attemptId);
            }
        }
        return attempt;
    }

    /** An item as the attempt shows it, with its score once graded. */
    public record ShownItem(int position, Item item, List<Integer> shownOrder, BigDecimal score) {
    }

    /** An attempt with its items in order and the answers saved, for the quiz page, the result page and the API. */
    public record AttemptView(QuizAttempt attempt, Quiz quiz, List<ShownItem> items, Map<Integer, AttemptAnswer> answers,
                              boolean reviewAllowed, Instant serverTime) {

        public Duration remaining() {
            Duration left = Duration.between(serverTime, attempt.getDeadline());
            return left.isNegative() ? Duration.ZERO : left;
        }
    }

    @Transactional
    public AttemptView view(Long attemptId) {
        return view(attemptId, true);
    }

    /** An attempt started just now has no answers to read. */
    private AttemptView view(Long attemptId, boolean mayHaveAnswers) {
        QuizAttempt attempt = myAttempt(attemptId);
        Quiz quiz = em.find(Quiz.class, attempt.getQuizCode());
        // Read only: an attempt's items never change, and the flush then has nothing to compare.
        List<ShownItem> items = em.createNamedQuery("AttemptItem.ofAttempt", AttemptItem.class).setParameter("attempt", attemptId)
                .setHint("org.hibernate.readOnly", true).getResultStream()
                .map(i -> new ShownItem(i.getPosition(), bank.item(i.getItemId()), i.getShownOrder(), i.getScore()))
                .toList();
        Map<Integer, AttemptAnswer> answers = new HashMap<>();
        if (mayHaveAnswers) {
            em.createNamedQuery("AttemptAnswer.ofAttempt", AttemptAnswer.class).setParameter("attempt", attemptId)
                    .getResultStream().forEach(a -> answers.put(a.getPosition(), a));
        }
        return new AttemptView(attempt, quiz, items, answers, reviewAllowed(quiz, attempt), clock.instant());
    }

    private boolean reviewAllowed(Quiz quiz, QuizAttempt attempt) {
        if (attempt.isOpen()) {
            return false;
        }
        return switch (quiz.getReview()) {
            case AFTER_ATTEMPT -> true;
            case NEVER -> false;
            case AFTER_COHORT -> {
                Enrolment enrolment = em.find(Enrolment.class, attempt.getEnrolmentId());
                yield LocalDate.now(clock).isAfter(enrolment.getCohort().getEndsOn());
            }
        };
    }

    private static boolean belongs(Quiz quiz, Enrolment enrolment) {
        return quiz.countsIn(enrolment.getCohort().getProgramme());
    }

    /** When a quiz opens: a module quiz once its module is studied; a post-test may wait for every module. */
    static boolean isOpen(Quiz quiz, Supplier<StudyProgress> progress) {
        if (quiz.getKind() == QuizKind.MODULE_QUIZ) {
            return progress.get().module(quiz.getModuleKey()).complete();
        }
        return !quiz.isOpensAfterModules() || progress.get().modules().stream().allMatch(StudyProgress.ModuleStanding::complete);
    }
}
