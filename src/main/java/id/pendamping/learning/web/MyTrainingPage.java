package id.pendamping.learning.web;

import id.pendamping.learning.application.CohortService;
import id.pendamping.learning.application.StudyService;
import id.pendamping.learning.domain.Cohort;
import id.pendamping.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** /learn/index.xhtml: the trainee's cohorts with progress, where to resume, and open cohorts to join. */
@Named
@RequestScoped
public class MyTrainingPage {

    @Inject
    StudyService study;

    @Inject
    CohortService cohorts;

    private List<StudyService.ProgrammeView> training;
    private List<Cohort> openCohorts;

    public List<StudyService.ProgrammeView> getTraining() {
        if (training == null) {
            training = study.myTraining();
        }
        return training;
    }

    public List<Cohort> getOpenCohorts() {
        if (openCohorts == null) {
            openCohorts = cohorts.openCohortsForMe();
        }
        return openCohorts;
    }

    public String requestToJoin(Long cohortId) {
        cohorts.requestToJoin(cohortId);
        FacesMessages.info("learn.join.requested");
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/learn/index.xhtml?faces-redirect=true";
    }
}
