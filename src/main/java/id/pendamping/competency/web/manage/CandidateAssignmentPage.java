package id.pendamping.competency.web.manage;

import id.pendamping.competency.application.AssessmentAssignments;
import id.pendamping.competency.application.AssessmentRecords;
import id.pendamping.competency.application.AssessmentViews.CandidateLine;
import id.pendamping.competency.domain.AssessorRole;
import id.pendamping.platform.InvalidInput;
import id.pendamping.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** /manage/candidate.xhtml?assessment=N: a candidate's assessors, and choosing the next one for a role. */
@Named
@ViewScoped
public class CandidateAssignmentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssessmentAssignments assignments;

    private Long assessment;
    private CandidateLine candidate;
    private final Map<AssessorRole, List<AssessmentAssignments.Choice>> choices = new EnumMap<>(AssessorRole.class);
    private final Map<String, Long> chosen = new java.util.HashMap<>();
    private List<AssessmentRecords.PortfolioFile> portfolio;

    public void load() {
        if (candidate == null) {
            refresh();
        }
    }

    private void refresh() {
        candidate = assignments.candidate(assessment);
        portfolio = assignments.portfolio(assessment);
        choices.clear();
        for (AssessorRole role : AssessorRole.values()) {
            choices.put(role, assignments.choices(assessment, role));
        }
    }

    public void assign(String role) {
        try {
            assignments.assign(assessment, AssessorRole.valueOf(role), chosen.get(role));
            FacesMessages.info("assign.done");
            chosen.clear();
            refresh();
        } catch (InvalidInput invalid) {
            FacesMessages.error(invalid.messageKey(), invalid.arguments());
        }
    }

    /** The roles a coordinator may fill now: those with at least one assessor who may take them. */
    public List<AssessorRole> getOpenRoles() {
        return choices.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(AssessmentAssignments.Choice::allowed))
                .map(Map.Entry::getKey).toList();
    }

    public List<AssessmentAssignments.Choice> allowed(AssessorRole role) {
        return choices.get(role).stream().filter(AssessmentAssignments.Choice::allowed).toList();
    }

    public Long getAssessment() {
        return assessment;
    }

    public void setAssessment(Long assessment) {
        this.assessment = assessment;
    }

    public CandidateLine getCandidate() {
        return candidate;
    }

    public List<AssessmentRecords.PortfolioFile> getPortfolio() {
        return portfolio;
    }

    /** The assessor chosen per role; every role's choice is submitted, the button says which one counts. */
    public Map<String, Long> getChosen() {
        return chosen;
    }
}
