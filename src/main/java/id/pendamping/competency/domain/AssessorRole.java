package id.pendamping.competency.domain;

/**
 * The part an assessor plays for one candidate. FIRST and SECOND rate every unit independently
 * (SECOND only where the scheme asks for a second rating); a MODERATOR settles the units on which
 * they disagree; APPEAL reviews an appeal and must not have been involved in any other role.
 */
public enum AssessorRole {
    FIRST, SECOND, MODERATOR, APPEAL;

    /** Roles whose verdicts count toward a unit's outcome. */
    public boolean rates() {
        return this != APPEAL;
    }
}
