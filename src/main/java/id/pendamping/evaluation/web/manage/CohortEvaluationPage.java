package id.pendamping.evaluation.web.manage;

import id.pendamping.evaluation.application.ReactionSurveys;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** /manage/cohort-evaluation.xhtml?c=N: the cohort's reaction survey results, never who answered what. */
@Named
@RequestScoped
public class CohortEvaluationPage {

    @Inject
    ReactionSurveys surveys;

    private Long c;
    private ReactionSurveys.Report report;

    public void load() {
        report = surveys.report(c);
    }

    /** A rating's share of the answers, in percent, for the bar. */
    public long share(int count, int answered) {
        return answered == 0 ? 0 : Math.round(100.0 * count / answered);
    }

    public Long getC() {
        return c;
    }

    public void setC(Long c) {
        this.c = c;
    }

    public ReactionSurveys.Report getReport() {
        return report;
    }
}
