package id.pendamping.assessment.web;

import id.pendamping.assessment.application.QuizCatalog;
import id.pendamping.assessment.application.QuizCatalog.QuizStanding;
import id.pendamping.assessment.domain.LearningGain;
import id.pendamping.assessment.domain.QuizKind;
import id.pendamping.learning.application.StudyService;
import id.pendamping.learning.domain.Enrolment;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * /learn/quizzes.xhtml?e=ENROLMENT: the quizzes of the trainee's programme, where they stand on
 * each, and the gain from pre-test to post-test. A stateless view; "start" posts to
 * {@link QuizStartServlet}.
 */
@Named
@RequestScoped
public class QuizzesPage {

    @Inject
    QuizCatalog catalog;

    @Inject
    StudyService study;

    private Long enrolment;
    private String refused;
    private List<QuizStanding> quizzes;
    private Enrolment enrolled;

    public void load() {
        enrolled = study.myEnrolment(enrolment);
        quizzes = catalog.quizzesOf(enrolment);
    }

    public List<QuizStanding> getQuizzes() {
        return quizzes;
    }

    public Enrolment getEnrolled() {
        return enrolled;
    }

    /** The gain once both the pre-test and the post-test have a grade. */
    public Optional<LearningGain> getGain() {
        Optional<BigDecimal> pre = grade(QuizKind.PRE_TEST);
        Optional<BigDecimal> post = grade(QuizKind.POST_TEST);
        return pre.isPresent() && post.isPresent() ? Optional.of(new LearningGain(pre.get(), post.get())) : Optional.empty();
    }

    public LearningGain getGainValue() {
        return getGain().orElse(null);
    }

    private Optional<BigDecimal> grade(QuizKind kind) {
        return quizzes.stream().filter(s -> s.quiz().getKind() == kind).findFirst().flatMap(QuizStanding::grade);
    }

    public Long getEnrolment() {
        return enrolment;
    }

    public void setEnrolment(Long enrolment) {
        this.enrolment = enrolment;
    }

    public String getRefused() {
        return refused;
    }

    public void setRefused(String refused) {
        this.refused = refused == null || !refused.matches("[a-z_]{1,30}") ? null : refused;
    }
}
