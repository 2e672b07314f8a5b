package id.pendamping.assessment.web.manage;

import id.pendamping.assessment.application.CohortQuizResults;
import id.pendamping.assessment.application.CohortQuizResults.Overview;
import id.pendamping.platform.InvalidInput;
import id.pendamping.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * /manage/cohort-quizzes.xhtml?c=COHORT: each trainee's quiz grades and learning gain, the cohort's
 * gain and post-test pass rate, and the form that grants a named trainee extra time on a quiz.
 */
@Named
@ViewScoped
public class CohortQuizzesPage implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CohortQuizResults results;

    private Long c;
    // Read again after a change; holds entities, so it is not part of the saved view.
    private transient Overview overview;
    private Long enrolment;
    private String quiz;
    private Integer minutes;

    public void load() {
        getOverview();
    }

    public Overview getOverview() {
        if (overview == null) {
            overview = results.overview(c);
        }
        return overview;
    }

    public void grantExtraTime() {
        try {
            results.grantExtraTime(c, enrolment, quiz, minutes);
            overview = null;
            FacesMessages.info("manage.quizzes.extra.granted", minutes);
        } catch (InvalidInput invalid) {
            FacesMessages.invalid("extra", invalid);
        }
    }

    public Long getC() {
        return c;
    }

    public void setC(Long c) {
        this.c = c;
    }

    public Long getEnrolment() {
        return enrolment;
    }

    public void setEnrolment(Long enrolment) {
        this.enrolment = enrolment;
    }

    public String getQuiz() {
        return quiz;
    }

    public void setQuiz(String quiz) {
        this.quiz = quiz;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }
}
