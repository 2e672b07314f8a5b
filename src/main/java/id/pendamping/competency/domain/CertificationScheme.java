package id.pendamping.competency.domain;

import id.pendamping.curriculum.domain.LocalizedText;
import java.util.List;

/**
 * A certification scheme (skema sertifikasi) as written in {@code modules/standards/}: the units of
 * competence a candidate is assessed on, for trainees of one programme, with how long a certificate
 * of competence stays valid, whether a second independent assessor rates every unit, and how many
 * days a candidate has to appeal.
 */
public record CertificationScheme(String code, LocalizedText title, LocalizedText description, String programmeCode,
                                  int validityYears, boolean secondRating, int appealDays, List<CompetencyUnit> units) {

    /** A unit of competence (unit kompetensi); its code is text, whatever it looks like. */
    public record CompetencyUnit(String code, LocalizedText title, LocalizedText description, List<String> moduleKeys,
                                 List<String> itemKeys, List<EvidenceMethod> evidence, List<Element> elements) {
    }

    /** An element of competence with its performance criteria (KUK). */
    public record Element(String code, LocalizedText title, List<PerformanceCriterion> criteria) {
    }

    /** A performance criterion (kriteria unjuk kerja), written in the passive voice. */
    public record PerformanceCriterion(String code, LocalizedText text) {
    }

    /** How evidence for a unit is gathered. */
    public enum EvidenceMethod {
        OBSERVATION, ORAL, PORTFOLIO, WRITTEN, INTERVIEW, THIRD_PARTY
    }
}
