package id.pendamping.competency.domain;

import java.util.Map;

/**
 * How the verdicts of one round settle a unit: with a single assessor, the first verdict is the
 * outcome; with a second rating, two verdicts that agree settle it, and two that disagree wait for a
 * moderator, whose verdict is the outcome. Nothing else settles a unit, so a first verdict alone never
 * decides a scheme that asks for two.
 */
public sealed interface UnitSettlement {

    /** Still waiting for the first or the second verdict. */
    record Pending() implements UnitSettlement {
    }

    /** The first and second assessors disagree: a third assessor moderates. */
    record NeedsModeration() implements UnitSettlement {
    }

    /** The unit's outcome, and which rating gave it. */
    record Settled(Verdict outcome, SettledBy by) implements UnitSettlement {
    }

    enum SettledBy { SINGLE, AGREED, MODERATED }

    static UnitSettlement of(boolean secondRating, Map<AssessorRole, Verdict> verdicts) {
        Verdict first = verdicts.get(AssessorRole.FIRST);
        if (first == null) {
            return new Pending();
        }
        if (!secondRating) {
            return new Settled(first, SettledBy.SINGLE);
        }
        Verdict second = verdicts.get(AssessorRole.SECOND);
        if (second == null) {
            return new Pending();
        }
        if (first == second) {
            return new Settled(first, SettledBy.AGREED);
        }
        Verdict moderated = verdicts.get(AssessorRole.MODERATOR);
        return moderated == null ? new NeedsModeration() : new Settled(moderated, SettledBy.MODERATED);
    }
}
