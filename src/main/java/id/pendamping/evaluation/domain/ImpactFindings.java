package id.pendamping.evaluation.domain;

import id.pendamping.platform.InvalidInput;
import id.pendamping.platform.TextInput;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What an impact review found, checked: the period looked at lies after the cohort ended and before
 * the review, counts are whole numbers from zero (no more alumni reporting than the cohort had), and
 * texts are bounded. A refusal names the form's field, checked in the form's order.
 *
 * @param observations every impact type with whether it was observed and its note (empty when none)
 */
public record ImpactFindings(LocalDate reviewedOn, LocalDate periodFrom, LocalDate periodTo, ImpactHorizon horizon,
                             int communities, int alumniReporting, String observedChanges, String evidence,
                             Set<ImpactField> fields, Map<ImpactType, Observation> observations) {

    public static final int MAX_COMMUNITIES = 100_000;
    public static final int MAX_CHANGES = 4000;
    public static final int MAX_EVIDENCE = 2000;
    public static final int MAX_NOTE = 500;

    /** One impact type as seen in a review. */
    public record Observation(boolean observed, String note) {
    }

    /** The facts of the cohort a review is checked against. */
    public record CohortFacts(LocalDate endsOn, long alumni) {
    }

    /** Field name of an impact type's note, for {@link InvalidInput#field()}. */
    public static String noteField(ImpactType type) {
        return "note." + type.name();
    }

    public static ImpactFindings check(ImpactReviewForm form, CohortFacts cohort, LocalDate today) {
        LocalDate reviewedOn = form.getReviewedOn();
        if (reviewedOn == null) {
            throw new InvalidInput("reviewedOn", "impact.reviewedOn.required");
        }
        if (reviewedOn.isBefore(cohort.endsOn())) {
            throw new InvalidInput("reviewedOn", "impact.reviewedOn.beforeCohortEnd", cohort.endsOn().toString());
        }
        if (reviewedOn.isAfter(today)) {
            throw new InvalidInput("reviewedOn", "impact.reviewedOn.future");
        }
        LocalDate from = form.getPeriodFrom();
        if (from == null) {
            throw new InvalidInput("periodFrom", "impact.periodFrom.required");
        }
        if (from.isBefore(cohort.endsOn())) {
            throw new InvalidInput("periodFrom", "impact.periodFrom.beforeCohortEnd", cohort.endsOn().toString());
        }
        LocalDate to = form.getPeriodTo();
        if (to == null) {
            throw new InvalidInput("periodTo", "impact.periodTo.required");
        }
        if (to.isBefore(from)) {
            throw new InvalidInput("periodTo", "impact.periodTo.beforeFrom");
        }
        if (to.isAfter(reviewedOn)) {
            throw new InvalidInput("periodTo", "impact.periodTo.afterReview");
        }
        if (form.getHorizon() == null) {
            throw new InvalidInput("horizon", "impact.horizon.required");
        }
        int communities = count(form.getCommunities(), MAX_COMMUNITIES, "communities", "impact.communities.invalid");
        int reporting = count(form.getAlumniReporting(), (int) Math.min(cohort.alumni(), Integer.MAX_VALUE),
                "alumniReporting", "impact.alumniReporting.invalid");
        String changes = TextInput.required(form.getObservedChanges(), "observedChanges", "impact.observedChanges.required",
                "impact.observedChanges.tooLong", MAX_CHANGES);
        String evidence = TextInput.optional(form.getEvidence(), "evidence", "impact.evidence.tooLong", MAX_EVIDENCE);
        Map<ImpactType, Observation> observations = new EnumMap<>(ImpactType.class);
        for (ImpactType type : ImpactType.values()) {
            ImpactReviewForm.Line line = form.line(type);
            String note = TextInput.optional(line.getNote(), noteField(type), "impact.note.tooLong", MAX_NOTE);
            observations.put(type, new Observation(line.isObserved(), note));
        }
        EnumSet<ImpactField> fields = form.chosenFields();
        return new ImpactFindings(reviewedOn, from, to, form.getHorizon(), communities, reporting, changes, evidence,
                Collections.unmodifiableSet(fields), Collections.unmodifiableMap(observations));
    }

    private static int count(Integer value, int max, String field, String key) {
        if (value == null || value < 0 || value > max) {
            throw new InvalidInput(field, key, max);
        }
        return value;
    }
}
