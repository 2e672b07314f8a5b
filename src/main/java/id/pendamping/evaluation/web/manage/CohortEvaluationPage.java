package id.pendamping.evaluation.web.manage;

import id.pendamping.evaluation.application.CohortSurveys;
import id.pendamping.evaluation.domain.SurveyKind;
import id.pendamping.platform.AccessDenied;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** /manage/cohort-evaluation.xhtml?c=N&kind=K: the results of one of the cohort's surveys, never who answered what. */
@Named
@RequestScoped
public class CohortEvaluationPage {

    @Inject
    CohortSurveys surveys;

    private Long c;
    private String kind;
    private CohortSurveys.Report report;

    public void load() {
        SurveyKind surveyKind;
        try {
            surveyKind = SurveyKind.parse(kind);
        } catch (IllegalArgumentException unknown) {
            throw new AccessDenied("survey kind " + kind);
        }
        report = surveys.report(surveyKind, c);
    }

    /** A rating's share of the answers, in percent, for the bar. */
    public long share(int count, int answered) {
        return answered == 0 ? 0 : Math.round(100.0 * count / answered);
    }

    public int getMinimumAnonymous() {
        return CohortSurveys.MIN_ANONYMOUS_RESPONSES;
    }

    public SurveyKind[] getKinds() {
        return SurveyKind.values();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Long getC() {
        return c;
    }

    public void setC(Long c) {
        this.c = c;
    }

    public CohortSurveys.Report getReport() {
        return report;
    }
}
