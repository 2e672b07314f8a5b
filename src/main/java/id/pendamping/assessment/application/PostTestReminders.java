package id.pendamping.assessment.application;

import id.pendamping.assessment.domain.Quiz;
import id.pendamping.assessment.domain.QuizKind;
import id.pendamping.identity.domain.Account;
import id.pendamping.learning.domain.Cohort;
import id.pendamping.learning.domain.Enrolment;
import id.pendamping.platform.Calendars;
import id.pendamping.platform.Messages;
import id.pendamping.platform.PublicUrl;
import id.pendamping.platform.mail.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reminds trainees of a quiz deadline: when their cohort ends within {@link #DAYS_BEFORE_END} days
 * and they have not yet passed its post-test, one mail each in their language. The purpose key keeps
 * it to one reminder per enrolment, however often the job looks.
 */
@ApplicationScoped
public class PostTestReminders {

    public static final int DAYS_BEFORE_END = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    QuizGrades quizGrades;

    @Inject
    Outbox outbox;

    @Transactional
    public int remindDue() {
        LocalDate today = Calendars.today(clock);
        List<Cohort> ending = em.createQuery("select c from Cohort c where c.endsOn >= :today and c.endsOn <= :last",
                Cohort.class).setParameter("today", today).setParameter("last", today.plusDays(DAYS_BEFORE_END)).getResultList();
        int queued = 0;
        for (Cohort cohort : ending) {
            Optional<Quiz> postTest = QuizGrades.ofKind(quizGrades.ofProgramme(cohort.getProgramme()), QuizKind.POST_TEST);
            if (postTest.isEmpty()) {
                continue;
            }
            List<Enrolment> enrolled = em.createQuery("select e from Enrolment e join fetch e.account where e.cohort.id = :c "
                            + "and e.status = :enrolled and e.account.enabled = true", Enrolment.class)
                    .setParameter("c", cohort.getId()).setParameter("enrolled", Enrolment.Status.ENROLLED).getResultList();
            Map<Long, Map<String, BigDecimal>> grades = quizGrades.of(enrolled.stream().map(Enrolment::getId).toList(),
                    List.of(postTest.get()));
            BigDecimal passMark = QuizGrades.passMark(cohort.getProgramme(), postTest.get());
            for (Enrolment enrolment : enrolled) {
                BigDecimal grade = grades.get(enrolment.getId()).get(postTest.get().getCode());
                if (grade == null || grade.compareTo(passMark) < 0) {
                    queued += remind(cohort, enrolment, postTest.get()) ? 1 : 0;
                }
            }
        }
        return queued;
    }

    private boolean remind(Cohort cohort, Enrolment enrolment, Quiz postTest) {
        Account trainee = enrolment.getAccount();
        Locale locale = Messages.locale(trainee.getLocale());
        return outbox.queue(new Outbox.Letter(trainee.getEmail(), trainee.getLocale(),
                "post-test-reminder:enrolment:" + enrolment.getId(),
                "mail.postTestReminder.subject", new Object[] {postTest.title(locale)},
                "mail.postTestReminder.body", new Object[] {trainee.getFullName(), postTest.title(locale), cohort.getName(),
                        Messages.longDate(locale, cohort.getEndsOn()),
                        PublicUrl.of("/learn/quizzes.xhtml?e=" + enrolment.getId())}));
    }
}
