package id.pendamping.learning.web;

import id.pendamping.learning.application.ModuleLocked;
import id.pendamping.learning.application.StudyService;
import id.pendamping.platform.web.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * /learn/lesson.xhtml?e=ENROLMENT&l=LESSON: the lesson reader, a stateless view. The "studied"
 * button posts to {@link LessonStudiedServlet}.
 */
@Named
@RequestScoped
public class LessonPage {

    @Inject
    StudyService study;

    @Inject
    Language language;

    private Long enrolment;
    private String lessonKey;
    private StudyService.LessonView view;

    public void load() throws IOException {
        try {
            view = study.open(enrolment, lessonKey);
        } catch (ModuleLocked locked) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/learn/module.xhtml?e=" + enrolment + "&m="
                    + locked.moduleKey());
        }
    }

    public StudyService.LessonView getView() {
        return view;
    }

    public String getTitle() {
        return view == null ? "" : view.lesson().title(language.getLocale());
    }

    public String getModuleTitle() {
        return view.module().title(language.getLocale());
    }

    /** Sanitised at import (Markdown rendered, then cleaned by the HTML sanitiser): safe to show unescaped. */
    public String getContent() {
        return view.lesson().html(language.getLocale());
    }

    public Long getEnrolment() {
        return enrolment;
    }

    public void setEnrolment(Long enrolment) {
        this.enrolment = enrolment;
    }

    public String getLessonKey() {
        return lessonKey;
    }

    public void setLessonKey(String lessonKey) {
        this.lessonKey = lessonKey;
    }
}
