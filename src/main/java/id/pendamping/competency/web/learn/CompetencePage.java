package id.pendamping.competency.web.learn;

import id.pendamping.competency.application.AssessmentRecords;
import id.pendamping.competency.application.AssessmentRecords.SelfAnswer;
import id.pendamping.competency.application.AssessmentViews.CandidateView;
import id.pendamping.competency.application.CandidateApplications;
import id.pendamping.competency.domain.CertificationScheme.CompetencyUnit;
import id.pendamping.competency.domain.CertificationScheme.Element;
import id.pendamping.competency.domain.PortfolioRules;
import id.pendamping.competency.domain.Verdict;
import id.pendamping.platform.Calendars;
import id.pendamping.platform.InvalidInput;
import id.pendamping.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * /learn/competence.xhtml: the candidate applies for assessment, fills the self-assessment per
 * element, builds the portfolio and submits; later reads the outcome per unit, gives feedback and
 * appeals within the window.
 */
@Named
@ViewScoped
public class CompetencePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CandidateApplications applications;

    private List<CandidateApplications.Opening> openings;
    private CandidateView current;
    private final Map<String, String> answers = new HashMap<>();
    private final Map<String, String> evidence = new HashMap<>();
    private transient Part file;
    private String feedback;
    private List<String> appealUnits = new ArrayList<>();
    private String appealReason;

    public void load() {
        if (openings == null) {
            refresh();
        }
    }

    private void refresh() {
        openings = applications.openings();
        List<CandidateView> mine = applications.mine();
        current = mine.isEmpty() ? null : mine.get(0);
        answers.clear();
        evidence.clear();
        if (current != null) {
            current.selfAssessment().forEach((key, answer) -> {
                answers.put(key, answer.answer().code());
                evidence.put(key, answer.evidence());
            });
            feedback = current.feedback();
        }
    }

    public void apply(Long enrolmentId, String schemeCode) {
        try {
            applications.apply(enrolmentId, schemeCode);
            FacesMessages.info("candidate.apply.done");
        } catch (InvalidInput invalid) {
            FacesMessages.error(invalid.messageKey(), invalid.arguments());
        }
        refresh();
    }

    public void saveSelfAssessment() {
        if (save()) {
            FacesMessages.info("candidate.self.saved");
            refresh();
        }
    }

    private boolean save() {
        List<SelfAnswer> given = new ArrayList<>();
        for (CompetencyUnit unit : current.scheme().units()) {
            for (Element element : unit.elements()) {
                String key = AssessmentRecords.key(unit.code(), element.code());
                String answer = answers.get(key);
                if (answer != null && !answer.isBlank()) {
                    given.add(new SelfAnswer(unit.code(), element.code(), Verdict.fromCode(answer), evidence.get(key)));
                }
            }
        }
        try {
            applications.saveSelfAssessment(current.id(), given);
            return true;
        } catch (InvalidInput invalid) {
            FacesMessages.error(invalid.messageKey(), invalid.arguments());
            return false;
        }
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            FacesMessages.error("portfolio.empty");
            return;
        }
        if (file.getSize() > PortfolioRules.MAX_BYTES) {
            FacesMessages.error("portfolio.tooLarge", file.getSubmittedFileName(), PortfolioRules.MAX_BYTES / (1024 * 1024));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            applications.upload(current.id(), file.getSubmittedFileName(), in.readAllBytes());
            FacesMessages.info("portfolio.uploaded", file.getSubmittedFileName());
            refresh();
        } catch (InvalidInput invalid) {
            FacesMessages.error(invalid.messageKey(), invalid.arguments());
        } catch (IOException e) {
            FacesMessages.error("portfolio.empty");
        }
    }

    public void removeFile(Long fileId) {
        applications.removeFile(current.id(), fileId);
        FacesMessages.info("portfolio.removed");
        refresh();
    }

    public void submit() {
        if (!save()) {
            return;
        }
        try {
            applications.submit(current.id());
            FacesMessages.info("candidate.submit.done");
            refresh();
        } catch (InvalidInput invalid) {
            FacesMessages.error(invalid.messageKey(), invalid.arguments());
        }
    }

    public void giveFeedback() {
        try {
            applications.giveFeedback(current.id(), feedback);
            FacesMessages.info("candidate.feedback.saved");
            refresh();
        } catch (InvalidInput invalid) {
            FacesMessages.error(invalid.messageKey(), invalid.arguments());
        }
    }

    public void appeal() {
        try {
            applications.appeal(current.id(), appealUnits, appealReason);
            FacesMessages.info("candidate.appeal.filed");
            appealUnits = new ArrayList<>();
            appealReason = null;
            refresh();
        } catch (InvalidInput invalid) {
            FacesMessages.error(invalid.messageKey(), invalid.arguments());
        }
    }

    public String key(String unitCode, String elementCode) {
        return AssessmentRecords.key(unitCode, elementCode);
    }

    public List<CandidateApplications.Opening> getOpenings() {
        return openings;
    }

    public CandidateView getCurrent() {
        return current;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public Map<String, String> getEvidence() {
        return evidence;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }

    public List<String> getAppealUnits() {
        return appealUnits;
    }

    public void setAppealUnits(List<String> appealUnits) {
        this.appealUnits = appealUnits;
    }

    public String getAppealReason() {
        return appealReason;
    }

    public void setAppealReason(String appealReason) {
        this.appealReason = appealReason;
    }

    /** The end of the appeal window in Jakarta time (WIB), as the candidate reads dates. */
    public String getAppealUntilText() {
        if (current == null || current.appealUntil() == null) {
            return "";
        }
        java.util.Locale locale = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", locale)
                .withZone(Calendars.ZONE).format(current.appealUntil());
    }

    public int getMaxMegabytes() {
        return PortfolioRules.MAX_BYTES / (1024 * 1024);
    }
}
