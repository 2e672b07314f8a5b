package id.pendamping.competency.web.manage;

import id.pendamping.competency.application.AssessmentAssignments;
import id.pendamping.competency.application.AssessmentViews.CandidateLine;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** /manage/candidates.xhtml: the centre's candidates for competence assessment and the agreement between its assessors. */
@Named
@RequestScoped
public class CandidatesPage {

    @Inject
    AssessmentAssignments assignments;

    private List<CandidateLine> candidates;
    private List<AssessmentAssignments.PairAgreement> agreement;

    public List<CandidateLine> getCandidates() {
        if (candidates == null) {
            candidates = assignments.candidates();
        }
        return candidates;
    }

    public List<AssessmentAssignments.PairAgreement> getAgreement() {
        if (agreement == null) {
            agreement = assignments.agreement();
        }
        return agreement;
    }
}
