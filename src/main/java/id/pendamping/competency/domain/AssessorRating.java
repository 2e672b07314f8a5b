package id.pendamping.competency.domain;

import java.util.Objects;

/**
 * One assessor's verdict on one candidate's unit, as moderation compares them. Identifiers are text:
 * the candidate's identifier, the unit's code (unit codes changed format over the years) and the
 * assessor's registration number.
 */
public record AssessorRating(String candidate, String unitCode, String assessor, Verdict verdict) {

    public AssessorRating {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(assessor, "assessor");
        Objects.requireNonNull(verdict, "verdict");
        if (candidate.isBlank() || unitCode.isBlank() || assessor.isBlank()) {
            throw new IllegalArgumentException("A rating needs a candidate, a unit and an assessor: '"
                    + candidate + "', '" + unitCode + "', '" + assessor + "'");
        }
    }
}
