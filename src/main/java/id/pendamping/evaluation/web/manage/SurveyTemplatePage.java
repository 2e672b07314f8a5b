package id.pendamping.evaluation.web.manage;

import id.pendamping.evaluation.application.SurveyTemplates;
import id.pendamping.evaluation.domain.SurveyKind;
import id.pendamping.platform.InvalidInput;
import id.pendamping.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** /manage/survey-template.xhtml?kind=REACTION|FOLLOW_UP: one of the centre's survey templates, one question per line. */
@Named
@ViewScoped
public class SurveyTemplatePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SurveyTemplates templates;

    private String kind;
    private String text;
    private boolean anonymous;

    public void load() {
        if (text == null) {
            SurveyTemplates.Template template = templates.mine(template());
            text = template.text();
            anonymous = template.anonymous();
        }
    }

    public void save() {
        try {
            templates.save(template(), text, anonymous);
            FacesMessages.info("survey.template.saved");
        } catch (InvalidInput invalid) {
            FacesMessages.invalid("template", invalid);
        }
    }

    private SurveyKind.Template template() {
        return "FOLLOW_UP".equals(kind) ? SurveyKind.Template.FOLLOW_UP : SurveyKind.Template.REACTION;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }
}
