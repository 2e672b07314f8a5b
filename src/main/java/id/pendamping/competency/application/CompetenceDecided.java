package id.pendamping.competency.application;

import java.time.LocalDate;

/**
 * Fired when a candidate is decided competent on a scheme (every unit K, the appeal window passed);
 * the certificate of competence builds on it.
 */
public record CompetenceDecided(Long assessmentId, Long candidateId, String schemeCode, LocalDate decidedOn) {
}
