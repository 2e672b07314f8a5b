package id.pendamping.competency.application;

import id.pendamping.competency.application.AssessmentRecords.SelfAnswer;
import id.pendamping.competency.domain.Appeal;
import id.pendamping.competency.domain.AssessmentStatus;
import id.pendamping.competency.domain.CertificationScheme;
import id.pendamping.competency.domain.CertificationScheme.CompetencyUnit;
import id.pendamping.competency.domain.CertificationScheme.Element;
import id.pendamping.competency.domain.CompetenceAssessment;
import id.pendamping.competency.domain.PortfolioRules;
import id.pendamping.competency.domain.Verdict;
import id.pendamping.identity.application.Caller;
import id.pendamping.identity.domain.Account;
import id.pendamping.identity.domain.Role;
import id.pendamping.learning.domain.Enrolment;
import id.pendamping.platform.AccessDenied;
import id.pendamping.platform.Hashes;
import id.pendamping.platform.InvalidInput;
import id.pendamping.platform.TextInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The candidate's side: applying for assessment on a scheme linked to their programme, the
 * self-assessment per element, the portfolio, submitting, then reading the outcome, giving feedback
 * on the process and appealing within the window. Every call works on the caller's own assessment.
 */
@ApplicationScoped
public class CandidateApplications {

    public static final int MAX_TEXT = 2000;
    public static final int MAX_REASON = 4000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    SchemeCatalog schemes;

    @Inject
    AssessmentRecords records;

    @Inject
    AssessmentViews views;

    @Inject
    AuditLog audit;

    /** A scheme the trainee may apply for, from one of their enrolments. */
    public record Opening(Long enrolmentId, String cohortName, CertificationScheme scheme) {
    }

    /** Schemes linked to the trainee's programmes that they have not applied for yet. */
    @Transactional
    public List<Opening> openings() {
        Account me = trainee();
        List<Opening> openings = new ArrayList<>();
        for (Enrolment enrolment : em.createNamedQuery("Enrolment.ofAccount", Enrolment.class)
                .setParameter("account", me.getId()).getResultList()) {
            if (!enrolment.isEnrolled()) {
                continue;
            }
            for (CertificationScheme scheme : schemes.ofProgramme(enrolment.getCohort().getProgramme().getCode())) {
                if (existing(enrolment.getId(), scheme.code()) == null) {
                    openings.add(new Opening(enrolment.getId(), enrolment.getCohort().getName(), scheme));
                }
            }
        }
        return openings;
    }

    /** The caller's assessments, newest first. */
    @Transactional
    public List<AssessmentViews.CandidateView> mine() {
        Account me = trainee();
        return em.createNamedQuery("CompetenceAssessment.ofCandidate", CompetenceAssessment.class)
                .setParameter("candidate", me.getId()).getResultList().stream().map(views::forCandidate).toList();
    }

    /** Applies; applying twice for the same enrolment and scheme returns the first application. */
    @Transactional
    public Long apply(Long enrolmentId, String schemeCode) {
        Account me = trainee();
        // Locked, so a double click applies once instead of tripping the unique constraint.
        Enrolment enrolment = enrolmentId == null ? null
                : em.find(Enrolment.class, enrolmentId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (enrolment == null || !enrolment.getAccount().getId().equals(me.getId()) || !enrolment.isEnrolled()) {
            throw new AccessDenied("enrolment " + enrolmentId + " is not the caller's");
        }
        CertificationScheme scheme = schemes.scheme(schemeCode)
                .filter(s -> s.programmeCode().equals(enrolment.getCohort().getProgramme().getCode()))
                .orElseThrow(() -> new InvalidInput("scheme", "candidate.apply.noScheme"));
        CompetenceAssessment existing = existing(enrolmentId, schemeCode);
        if (existing != null) {
            return existing.getId();
        }
        CompetenceAssessment assessment = new CompetenceAssessment(scheme.code(), enrolmentId, me.getId(),
                enrolment.getCohort().getTrainingCenter().getId(), clock.instant());
        em.persist(assessment);
        em.flush();
        int position = 0;
        for (CompetencyUnit unit : scheme.units()) {
            records.addUnit(assessment.getId(), unit.code(), position++);
        }
        return assessment.getId();
    }

    /**
     * Saves the self-assessment for every element given. An element answered K needs the evidence the
     * candidate offers; BK may leave it empty. All or nothing: one refused answer saves none.
     */
    @Transactional
    public void saveSelfAssessment(Long assessmentId, List<SelfAnswer> answers) {
        CompetenceAssessment assessment = draft(assessmentId);
        CertificationScheme scheme = schemes.scheme(assessment.getSchemeCode()).orElseThrow();
        Set<String> elements = elementKeys(scheme);
        for (SelfAnswer answer : answers) {
            String key = AssessmentRecords.key(answer.unitCode(), answer.elementCode());
            if (!elements.contains(key)) {
                throw new InvalidInput("selfAssessment", "candidate.self.unknownElement", key);
            }
            String evidence = answer.evidence() == null ? "" : answer.evidence().strip();
            if (evidence.length() > MAX_TEXT) {
                throw new InvalidInput("selfAssessment", "candidate.self.tooLong", key, MAX_TEXT);
            }
            if (answer.answer() == Verdict.COMPETENT && evidence.isEmpty()) {
                throw new InvalidInput("selfAssessment", "candidate.self.evidenceRequired", key);
            }
        }
        for (SelfAnswer answer : answers) {
            if (answer.answer() != null) {
                String evidence = answer.evidence() == null ? "" : answer.evidence().strip();
                records.saveSelfAnswer(assessmentId, new SelfAnswer(answer.unitCode(), answer.elementCode(), answer.answer(),
                        evidence));
            }
        }
    }

    /**
     * Adds a portfolio file. The type comes from the content (PDF, JPEG or PNG), the size is limited,
     * the bytes are kept in the database with their SHA-256, never under the web root.
     */
    @Transactional
    public void upload(Long assessmentId, String fileName, byte[] content) {
        draft(assessmentId);
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/]", "_").replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || content == null || content.length == 0) {
            throw new InvalidInput("file", "portfolio.empty");
        }
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        if (content.length > PortfolioRules.MAX_BYTES) {
            throw new InvalidInput("file", "portfolio.tooLarge", name, PortfolioRules.MAX_BYTES / (1024 * 1024));
        }
        String finalName = name;
        String type = PortfolioRules.acceptedType(content).orElseThrow(
                () -> new InvalidInput("file", "portfolio.refusedType", finalName, PortfolioRules.detectedType(content)));
        if (records.portfolio(assessmentId).size() >= PortfolioRules.MAX_FILES) {
            throw new InvalidInput("file", "portfolio.tooMany", PortfolioRules.MAX_FILES);
        }
        records.addPortfolioFile(assessmentId, name, type, content, Hashes.sha256(content), clock.instant());
    }

    @Transactional
    public void removeFile(Long assessmentId, Long fileId) {
        draft(assessmentId);
        records.removePortfolioFile(assessmentId, fileId);
    }

    /** Hands the application to the centre: every element must have its answer. */
    @Transactional
    public void submit(Long assessmentId) {
        CompetenceAssessment assessment = draft(assessmentId);
        CertificationScheme scheme = schemes.scheme(assessment.getSchemeCode()).orElseThrow();
        Map<String, SelfAnswer> answers = records.selfAssessment(assessmentId);
        for (String element : elementKeys(scheme)) {
            if (!answers.containsKey(element)) {
                throw new InvalidInput("submit", "candidate.submit.unanswered", element);
            }
        }
        assessment.submit(clock.instant());
    }

    /** The candidate's feedback on how they were assessed, once there is an outcome. */
    @Transactional
    public void giveFeedback(Long assessmentId, String feedback) {
        CompetenceAssessment assessment = own(assessmentId);
        String text = TextInput.required(feedback, "feedback", "candidate.feedback.invalid", "candidate.feedback.invalid",
                MAX_TEXT);
        if (assessment.getOutcomeAt() == null && !assessment.getStatus().decided()
                && assessment.getStatus() != AssessmentStatus.APPEALED) {
            throw new InvalidInput("feedback", "candidate.feedback.tooEarly");
        }
        assessment.giveFeedback(text);
    }

    /** Appeals against the outcome of some units while the window is open. */
    @Transactional
    public void appeal(Long assessmentId, List<String> unitCodes, String reason) {
        CompetenceAssessment assessment = records.lock(own(assessmentId).getId());
        if (!assessment.appealOpen(clock.instant())) {
            throw new InvalidInput("appeal", "candidate.appeal.closed");
        }
        Set<String> known = new LinkedHashSet<>();
        records.units(assessmentId).forEach(u -> known.add(u.unitCode()));
        List<String> units = unitCodes == null ? List.of() : unitCodes.stream().distinct().toList();
        if (units.isEmpty() || !known.containsAll(units)) {
            throw new InvalidInput("units", "candidate.appeal.unitsRequired");
        }
        String text = TextInput.required(reason, "reason", "candidate.appeal.reasonRequired", "candidate.appeal.reasonRequired",
                MAX_REASON);
        Appeal appeal = new Appeal(assessmentId, units, text, clock.instant());
        em.persist(appeal);
        assessment.appealed();
        audit.append(caller.account().getUsername(), "appeal.filed", "assessment " + assessmentId,
                "units " + String.join(", ", units) + ": " + text);
    }

    /** The caller's own assessment; anyone else's is refused, whatever its id. */
    CompetenceAssessment own(Long assessmentId) {
        Account me = trainee();
        CompetenceAssessment assessment = assessmentId == null ? null : em.find(CompetenceAssessment.class, assessmentId);
        if (assessment == null || !assessment.getCandidateId().equals(me.getId())) {
            throw new AccessDenied("assessment " + assessmentId + " is not the caller's");
        }
        return assessment;
    }

    private CompetenceAssessment draft(Long assessmentId) {
        CompetenceAssessment assessment = own(assessmentId);
        if (assessment.getStatus() != AssessmentStatus.DRAFT) {
            throw new InvalidInput("submit", "candidate.alreadySubmitted");
        }
        return assessment;
    }

    private Account trainee() {
        caller.require(Role.TRAINEE);
        return caller.account();
    }

    private CompetenceAssessment existing(Long enrolmentId, String schemeCode) {
        return em.createQuery("select a from CompetenceAssessment a where a.enrolmentId = :e and a.schemeCode = :s "
                                + "order by a.cycle desc", CompetenceAssessment.class).setParameter("e", enrolmentId).setParameter("s", schemeCode)
                .getResultStream().findFirst().orElse(null);
    }

    static Set<String> elementKeys(CertificationScheme scheme) {
        Set<String> keys = new LinkedHashSet<>();
        for (CompetencyUnit unit : scheme.units()) {
            for (Element element : unit.elements()) {
                keys.add(AssessmentRecords.key(unit.code(), element.code()));
            }
        }
        return keys;
    }
}
