package id.pendamping.learning.web;

import id.pendamping.curriculum.application.Catalogue;
import id.pendamping.curriculum.domain.CurriculumModule;
import id.pendamping.learning.application.ModuleLocked;
import id.pendamping.learning.application.StudyService;
import id.pendamping.platform.web.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;

/** /learn/module.xhtml?e=ENROLMENT&m=MODULE: objectives, JP and lessons, or why the module is locked. */
@Named
@RequestScoped
public class ModulePage {

    @Inject
    StudyService study;

    @Inject
    Catalogue catalogue;

    @Inject
    Language language;

    private Long enrolment;
    private String moduleKey;
    private StudyService.ModuleView view;
    private CurriculumModule lockedModule;

    public void load() {
        try {
            view = study.module(enrolment, moduleKey);
        } catch (ModuleLocked locked) {
            lockedModule = catalogue.module(locked.moduleKey()).orElseThrow();
        }
    }

    public boolean isLocked() {
        return lockedModule != null;
    }

    public String getTitle() {
        CurriculumModule module = view != null ? view.module() : lockedModule;
        return module == null ? "" : module.title(language.getLocale());
    }

    /** The prerequisites to complete first, by title, for the locked message. */
    public String getPrerequisiteTitles() {
        return lockedModule.prerequisiteKeys().stream().map(catalogue::module).flatMap(java.util.Optional::stream)
                .map(m -> m.title(language.getLocale())).collect(Collectors.joining(", "));
    }

    public StudyService.ModuleView getView() {
        return view;
    }

    public List<String> getObjectives() {
        return view.module().objectives(language.getLocale());
    }

    public Long getEnrolment() {
        return enrolment;
    }

    public void setEnrolment(Long enrolment) {
        this.enrolment = enrolment;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public void setModuleKey(String moduleKey) {
        this.moduleKey = moduleKey;
    }
}
