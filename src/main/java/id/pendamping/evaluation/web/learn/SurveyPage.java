package id.pendamping.evaluation.web.learn;

import id.pendamping.evaluation.application.CohortSurveys;
import id.pendamping.evaluation.domain.SurveyKind;
import id.pendamping.platform.AccessDenied;
import id.pendamping.platform.InvalidInput;
import id.pendamping.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** /learn/survey.xhtml?e=N&kind=K: one of the surveys of the trainee's cohort (the reaction survey by default). */
@Named
@ViewScoped
public class SurveyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CohortSurveys surveys;

    private Long e;
    private String kind;
    private CohortSurveys.Form form;
    private final Map<String, String> answers = new HashMap<>();

    public void load() {
        if (form == null) {
            form = surveys.form(surveyKind(), e);
        }
    }

    public void submit() {
        try {
            surveys.answer(surveyKind(), e, answers);
            FacesMessages.info("survey.thanks");
            form = surveys.form(surveyKind(), e);
        } catch (InvalidInput invalid) {
            FacesMessages.error(invalid.messageKey(), invalid.arguments());
        }
    }

    private SurveyKind surveyKind() {
        try {
            return SurveyKind.parse(kind);
        } catch (IllegalArgumentException unknown) {
            throw new AccessDenied("survey kind " + kind);
        }
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Long getE() {
        return e;
    }

    public void setE(Long e) {
        this.e = e;
    }

    public CohortSurveys.Form getForm() {
        return form;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }
}
