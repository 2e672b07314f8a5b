package id.pendamping.competency.web.assess;

import id.pendamping.competency.application.AssessmentRecords;
import id.pendamping.competency.application.AssessmentRecords.Observation;
import id.pendamping.competency.application.AssessmentRecords.PortfolioCheck;
import id.pendamping.competency.application.AssessmentViews.UnitWork;
import id.pendamping.competency.application.AssessmentViews.WorkView;
import id.pendamping.competency.application.AssessorWork;
import id.pendamping.competency.domain.CertificationScheme.Element;
import id.pendamping.competency.domain.CertificationScheme.PerformanceCriterion;
import id.pendamping.competency.domain.Verdict;
import id.pendamping.platform.InvalidInput;
import id.pendamping.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * /assess/candidate.xhtml?assignment=N: one candidate as this assignment sees them. Evidence per
 * unit in one place (quiz results from the linked items, the observation checklist per criterion,
 * oral questions, portfolio checks) and the verdict; for a moderator the two disagreeing verdicts;
 * for an appeal reviewer the appeal and every verdict.
 */
@Named
@ViewScoped
public class AssessmentWorkPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssessorWork work;

    private Long assignment;
    private WorkView view;
    private boolean noConflict;
    private String declineReason;
    private final Map<String, Boolean> observed = new HashMap<>();
    private final Map<String, String> notes = new HashMap<>();
    private final Map<String, String> questions = new HashMap<>();
    private final Map<String, String> answerNotes = new HashMap<>();
    private final Map<String, String> verdicts = new HashMap<>();
    private final Map<String, String> reasons = new HashMap<>();
    private final Map<String, String> feedbacks = new HashMap<>();
    private final Map<Long, Map<String, Object>> checks = new HashMap<>();
    private String appealDecision;
    private String appealReason;

    public void load() {
        if (view == null) {
            refresh();
        }
    }

    private void refresh() {
        view = work.work(assignment);
        observed.clear();
        notes.clear();
        for (UnitWork unit : view.units()) {
            unit.observations().forEach((criterion, observation) -> {
                String key = AssessmentRecords.key(unit.unit().code(), criterion);
                observed.put(key, observation.observed());
                notes.put(key, observation.note());
            });
        }
        checks.clear();
        view.portfolio().forEach(file -> {
            PortfolioCheck check = view.checks().get(file.id());
            Map<String, Object> values = new HashMap<>();
            values.put("valid", check != null && check.valid());
            values.put("authentic", check != null && check.authentic());
            values.put("current", check != null && check.current());
            values.put("sufficient", check != null && check.sufficient());
            values.put("note", check == null ? "" : check.note());
            checks.put(file.id(), values);
        });
    }

    public void declare() {
        if (!noConflict) {
            FacesMessages.error("assessor.declare.tick");
            return;
        }
        act(() -> work.declareNoConflict(assignment), "assessor.declare.done");
    }

    public String decline() {
        try {
            work.decline(assignment, declineReason);
            FacesMessages.info("assessor.decline.done");
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/assess/index.xhtml?faces-redirect=true";
        } catch (InvalidInput invalid) {
            FacesMessages.error(invalid.messageKey(), invalid.arguments());
            return null;
        }
    }

    public void saveObservations(String unitCode) {
        UnitWork unit = unit(unitCode);
        act(() -> {
            for (Element element : unit.unit().elements()) {
                for (PerformanceCriterion criterion : element.criteria()) {
                    String key = AssessmentRecords.key(unitCode, criterion.code());
                    work.observe(assignment, unitCode, criterion.code(), Boolean.TRUE.equals(observed.get(key)), notes.get(key));
                }
            }
        }, "assessor.observations.saved");
    }

    public void addQuestion(String unitCode) {
        act(() -> {
            work.addQuestion(assignment, unitCode, questions.get(unitCode), answerNotes.get(unitCode));
            questions.remove(unitCode);
            answerNotes.remove(unitCode);
        }, "assessor.question.added");
    }

    public void saveCheck(Long fileId) {
        Map<String, Object> v = checks.get(fileId);
        act(() -> work.checkPortfolio(assignment, fileId, new PortfolioCheck(flag(v, "valid"), flag(v, "authentic"),
                flag(v, "current"), flag(v, "sufficient"), (String) v.get("note"))), "assessor.check.saved");
    }

    public void recordVerdict(String unitCode) {
        String code = verdicts.get(unitCode);
        act(() -> work.recordVerdict(assignment, unitCode, code == null || code.isBlank() ? null : Verdict.fromCode(code),
                reasons.get(unitCode), feedbacks.get(unitCode)), "assessor.verdict.recorded");
    }

    public void decideAppeal() {
        if (appealDecision == null || appealDecision.isBlank()) {
            FacesMessages.error("assessor.appeal.choose");
            return;
        }
        act(() -> work.decideAppeal(assignment, "UPHELD".equals(appealDecision), appealReason),
                "UPHELD".equals(appealDecision) ? "assessor.appeal.upheld" : "assessor.appeal.dismissed");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            FacesMessages.info(doneKey);
            refresh();
        } catch (InvalidInput invalid) {
            FacesMessages.error(invalid.messageKey(), invalid.arguments());
        }
    }

    private UnitWork unit(String unitCode) {
        return view.units().stream().filter(u -> u.unit().code().equals(unitCode)).findFirst().orElseThrow();
    }

    private static boolean flag(Map<String, Object> values, String name) {
        return Boolean.TRUE.equals(values.get(name));
    }

    public String key(String unitCode, String code) {
        return AssessmentRecords.key(unitCode, code);
    }

    public String selfAnswer(String unitCode, String elementCode) {
        AssessmentRecords.SelfAnswer answer = view.selfAssessment().get(AssessmentRecords.key(unitCode, elementCode));
        return answer == null ? "-" : answer.answer().code();
    }

    public String selfEvidence(String unitCode, String elementCode) {
        AssessmentRecords.SelfAnswer answer = view.selfAssessment().get(AssessmentRecords.key(unitCode, elementCode));
        return answer == null ? "" : answer.evidence();
    }

    public String assessorName(Long id) {
        return view.assessorNames().get(id);
    }

    public Observation observation(UnitWork unit, String criterion) {
        return unit.observations().get(criterion);
    }

    public Long getAssignment() {
        return assignment;
    }

    public void setAssignment(Long assignment) {
        this.assignment = assignment;
    }

    public WorkView getView() {
        return view;
    }

    public boolean isNoConflict() {
        return noConflict;
    }

    public void setNoConflict(boolean noConflict) {
        this.noConflict = noConflict;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(String declineReason) {
        this.declineReason = declineReason;
    }

    public Map<String, Boolean> getObserved() {
        return observed;
    }

    public Map<String, String> getNotes() {
        return notes;
    }

    public Map<String, String> getQuestions() {
        return questions;
    }

    public Map<String, String> getAnswerNotes() {
        return answerNotes;
    }

    public Map<String, String> getVerdicts() {
        return verdicts;
    }

    public Map<String, String> getReasons() {
        return reasons;
    }

    public Map<String, String> getFeedbacks() {
        return feedbacks;
    }

    public Map<Long, Map<String, Object>> getChecks() {
        return checks;
    }

    public String getAppealDecision() {
        return appealDecision;
    }

    public void setAppealDecision(String appealDecision) {
        this.appealDecision = appealDecision;
    }

    public String getAppealReason() {
        return appealReason;
    }

    public void setAppealReason(String appealReason) {
        this.appealReason = appealReason;
    }
}
