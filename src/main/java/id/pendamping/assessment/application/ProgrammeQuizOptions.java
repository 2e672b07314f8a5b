package id.pendamping.assessment.application;

import id.pendamping.assessment.domain.Quiz;
import id.pendamping.assessment.domain.QuizKind;
import id.pendamping.curriculum.application.QuizOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** The quizzes a centre's programme may count: any programme's pre-test and post-test, and its modules' quizzes. */
@ApplicationScoped
public class ProgrammeQuizOptions implements QuizOptions {

    @PersistenceContext
    EntityManager em;

    @Override
    @Transactional
    public List<Option> offeredFor(Collection<String> moduleKeys) {
        return em.createNamedQuery("Quiz.active", Quiz.class).getResultList().stream()
                .filter(q -> q.getKind() == QuizKind.PRE_TEST || q.getKind() == QuizKind.POST_TEST
                        || moduleKeys.contains(q.getModuleKey()))
                .map(q -> new Option(q.getCode(), q.title(Locale.forLanguageTag("id")), q.title(Locale.ENGLISH),
                        q.getKind().name(), q.getPassPercent()))
                .toList();
    }
}
