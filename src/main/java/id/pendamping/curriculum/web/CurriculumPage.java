package id.pendamping.curriculum.web;

import id.pendamping.curriculum.application.Catalogue;
import id.pendamping.curriculum.application.CurriculumImport;
import id.pendamping.curriculum.application.CurriculumStore;
import id.pendamping.curriculum.domain.CurriculumImportRecord;
import id.pendamping.curriculum.domain.CurriculumModule;
import id.pendamping.curriculum.infrastructure.CurriculumStartup;
import id.pendamping.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.util.List;

/**
 * /manage/curriculum.xhtml and /admin/curriculum.xhtml: the modules in service, the recent imports
 * with the problems they found, and a reload of the content files.
 */
@Named
@RequestScoped
public class CurriculumPage {

    @Inject
    CurriculumImport curriculumImport;

    @Inject
    CurriculumStore store;

    @Inject
    Catalogue catalogue;

    private List<CurriculumImportRecord> imports;

    public void reload() {
        ServletContext context = (ServletContext) FacesContext.getCurrentInstance().getExternalContext().getContext();
        CurriculumImportRecord result = curriculumImport.reload(CurriculumStartup.source(context));
        switch (CurriculumImportRecord.Outcome.valueOf(result.getOutcome())) {
            case IMPORTED -> FacesMessages.info("curriculum.imported", result.getModulesChanged());
            case UNCHANGED -> FacesMessages.info("curriculum.unchanged");
            case REJECTED -> FacesMessages.error("curriculum.rejected");
        }
        imports = null;
    }

    public List<CurriculumModule> getModules() {
        return catalogue.modules();
    }

    public List<CurriculumImportRecord> getImports() {
        if (imports == null) {
            imports = store.recentImports(10);
        }
        return imports;
    }
}
