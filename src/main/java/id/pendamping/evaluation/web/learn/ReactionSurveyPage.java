package id.pendamping.evaluation.web.learn;

import id.pendamping.evaluation.application.ReactionSurveys;
import id.pendamping.platform.InvalidInput;
import id.pendamping.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** /learn/survey.xhtml?e=N: the reaction survey of the trainee's cohort. */
@Named
@ViewScoped
public class ReactionSurveyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReactionSurveys surveys;

    private Long e;
    private ReactionSurveys.Form form;
    private final Map<String, String> answers = new HashMap<>();

    public void load() {
        if (form == null) {
            form = surveys.form(e);
        }
    }

    public void submit() {
        try {
            surveys.answer(e, answers);
            FacesMessages.info("survey.thanks");
            form = surveys.form(e);
        } catch (InvalidInput invalid) {
            FacesMessages.error(invalid.messageKey(), invalid.arguments());
        }
    }

    public Long getE() {
        return e;
    }

    public void setE(Long e) {
        this.e = e;
    }

    public ReactionSurveys.Form getForm() {
        return form;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }
}
