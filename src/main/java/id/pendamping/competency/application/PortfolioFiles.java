package id.pendamping.competency.application;

import id.pendamping.competency.application.AssessmentRecords.PortfolioFile;
import id.pendamping.competency.domain.AssessorAssignment;
import id.pendamping.competency.domain.CompetenceAssessment;
import id.pendamping.identity.application.Caller;
import id.pendamping.identity.domain.Account;
import id.pendamping.identity.domain.Role;
import id.pendamping.platform.AccessDenied;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Reading a portfolio file back: the candidate's own, an assessor who declared on the candidate,
 * or a coordinator of the candidate's centre. Anyone else is refused, whatever the file's id.
 */
@ApplicationScoped
public class PortfolioFiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AssessmentRecords records;

    public record Download(String fileName, String mediaType, byte[] content) {
    }

    @Transactional
    public Download read(Long fileId) {
        caller.require(Role.TRAINEE, Role.ASSESSOR, Role.COORDINATOR);
        Account me = caller.account();
        Long assessmentId = fileId == null ? null : records.assessmentOfFile(fileId);
        CompetenceAssessment assessment = assessmentId == null ? null : em.find(CompetenceAssessment.class, assessmentId);
        if (assessment == null || !mayRead(me, assessment)) {
            throw new AccessDenied("portfolio file " + fileId);
        }
        PortfolioFile file = records.portfolio(assessmentId).stream().filter(f -> f.id().equals(fileId)).findFirst()
                .orElseThrow();
        return new Download(file.fileName(), file.mediaType(), records.portfolioContent(fileId));
    }

    private boolean mayRead(Account me, CompetenceAssessment assessment) {
        return switch (me.getRole()) {
            case TRAINEE -> assessment.getCandidateId().equals(me.getId());
            case COORDINATOR -> assessment.getTrainingCenterId().equals(me.getTrainingCenter().getId());
            case ASSESSOR -> em.createNamedQuery("AssessorAssignment.ofAssessment", AssessorAssignment.class)
                    .setParameter("assessment", assessment.getId()).getResultStream()
                    .anyMatch(x -> x.getAssessorId().equals(me.getId()) && x.isDeclared());
            case ADMIN -> false;
        };
    }
}
