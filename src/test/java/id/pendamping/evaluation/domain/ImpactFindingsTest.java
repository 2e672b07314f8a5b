package id.pendamping.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendamping.platform.InvalidInput;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** An impact review is checked against its cohort, field by field, and a refusal names the field. */
class ImpactFindingsTest {

    private static final LocalDate COHORT_END = LocalDate.of(2025, 3, 31);
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 15);
    private static final ImpactFindings.CohortFacts COHORT = new ImpactFindings.CohortFacts(COHORT_END, 30);

    @Test
    void aCompleteReviewKeepsWhatWasTypedStripped() {
        ImpactReviewForm form = valid();
        form.setEvidence("  Laporan alumni dan kunjungan lapangan  ");
        form.line(ImpactType.DEPENDENCY).setNote(" dua kelompok menunggu pendamping ");
        form.setFields(new ImpactField[] {ImpactField.ECONOMY, null, ImpactField.ECONOMY});
        ImpactFindings findings = ImpactFindings.check(form, COHORT, TODAY);
        assertThat(findings.communities()).isEqualTo(12);
        assertThat(findings.alumniReporting()).isEqualTo(30);
        assertThat(findings.evidence()).isEqualTo("Laporan alumni dan kunjungan lapangan");
        assertThat(findings.fields()).containsExactly(ImpactField.ECONOMY);
        assertThat(findings.observations()).hasSize(7);
        assertThat(findings.observations().get(ImpactType.EMPOWERMENT).observed()).isTrue();
        assertThat(findings.observations().get(ImpactType.DEPENDENCY))
                .isEqualTo(new ImpactFindings.Observation(true, "dua kelompok menunggu pendamping"));
        assertThat(findings.observations().get(ImpactType.WELFARE)).isEqualTo(new ImpactFindings.Observation(false, ""));
    }

    @Test
    void theReviewDateIsRequiredAndLiesBetweenTheCohortsEndAndToday() {
        refused(f -> f.setReviewedOn(null), "reviewedOn", "impact.reviewedOn.required");
        refused(f -> f.setReviewedOn(COHORT_END.minusDays(1)), "reviewedOn", "impact.reviewedOn.beforeCohortEnd");
        refused(f -> f.setReviewedOn(TODAY.plusDays(1)), "reviewedOn", "impact.reviewedOn.future");
        ImpactReviewForm onTheLastDay = valid();
        onTheLastDay.setReviewedOn(COHORT_END);
        onTheLastDay.setPeriodFrom(COHORT_END);
        onTheLastDay.setPeriodTo(COHORT_END);
        assertThat(ImpactFindings.check(onTheLastDay, COHORT, TODAY).reviewedOn()).isEqualTo(COHORT_END);
    }

    @Test
    void thePeriodStartsAfterTheCohortAndEndsByTheReview() {
        refused(f -> f.setPeriodFrom(null), "periodFrom", "impact.periodFrom.required");
        refused(f -> f.setPeriodFrom(COHORT_END.minusDays(1)), "periodFrom", "impact.periodFrom.beforeCohortEnd");
        refused(f -> f.setPeriodTo(null), "periodTo", "impact.periodTo.required");
        refused(f -> f.setPeriodTo(f.getPeriodFrom().minusDays(1)), "periodTo", "impact.periodTo.beforeFrom");
        refused(f -> f.setPeriodTo(f.getReviewedOn().plusDays(1)), "periodTo", "impact.periodTo.afterReview");
        refused(f -> f.setHorizon(null), "horizon", "impact.horizon.required");
    }

    @Test
    void countsAreWholeNumbersFromZeroAndNoMoreAlumniThanTheCohortHad() {
        refused(f -> f.setCommunities(null), "communities", "impact.communities.invalid");
        refused(f -> f.setCommunities(-1), "communities", "impact.communities.invalid");
        refused(f -> f.setCommunities(ImpactFindings.MAX_COMMUNITIES + 1), "communities", "impact.communities.invalid");
        refused(f -> f.setAlumniReporting(-1), "alumniReporting", "impact.alumniReporting.invalid");
        InvalidInput tooMany = refused(f -> f.setAlumniReporting(31), "alumniReporting", "impact.alumniReporting.invalid");
        assertThat(tooMany.arguments()).containsExactly(30);
        ImpactReviewForm none = valid();
        none.setCommunities(0);
        none.setAlumniReporting(0);
        assertThat(ImpactFindings.check(none, COHORT, TODAY).communities()).isZero();
    }

    @Test
    void textsAreBoundedAndTheChangesAreRequired() {
        refused(f -> f.setObservedChanges("   "), "observedChanges", "impact.observedChanges.required");
        refused(f -> f.setObservedChanges("x".repeat(ImpactFindings.MAX_CHANGES + 1)), "observedChanges",
                "impact.observedChanges.tooLong");
        refused(f -> f.setEvidence("x".repeat(ImpactFindings.MAX_EVIDENCE + 1)), "evidence", "impact.evidence.tooLong");
        refused(f -> f.line(ImpactType.RESISTANCE).setNote("x".repeat(ImpactFindings.MAX_NOTE + 1)),
                "note.RESISTANCE", "impact.note.tooLong");
    }

    @Test
    void theSevenTypesAreFourPositiveAndThreeNegativeEachWithItsBundleKey() {
        assertThat(ImpactType.values()).hasSize(7).filteredOn(ImpactType::isPositive).containsExactly(
                ImpactType.KNOWLEDGE_SKILLS, ImpactType.CONFIDENCE, ImpactType.EMPOWERMENT, ImpactType.WELFARE);
        assertThat(ImpactType.RESISTANCE.messageKey()).isEqualTo("impact.type.RESISTANCE");
        assertThat(ImpactHorizon.LONG.messageKey()).isEqualTo("impact.horizon.LONG");
        assertThat(ImpactField.HEALTH.messageKey()).isEqualTo("impact.field.HEALTH");
    }

    private static InvalidInput refused(Consumer<ImpactReviewForm> change, String field, String key) {
        ImpactReviewForm form = valid();
        change.accept(form);
        InvalidInput[] thrown = new InvalidInput[1];
        assertThatThrownBy(() -> ImpactFindings.check(form, COHORT, TODAY)).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
            thrown[0] = e;
        });
        return thrown[0];
    }

    private static ImpactReviewForm valid() {
        ImpactReviewForm form = new ImpactReviewForm();
        form.setReviewedOn(LocalDate.of(2026, 4, 1));
        form.setPeriodFrom(LocalDate.of(2025, 4, 1));
        form.setPeriodTo(LocalDate.of(2026, 3, 31));
        form.setHorizon(ImpactHorizon.LONG);
        form.setCommunities(12);
        form.setAlumniReporting(30);
        form.setObservedChanges("Kelompok tani mengelola lahan sendiri; hasil panen naik.");
        form.line(ImpactType.EMPOWERMENT).setObserved(true);
        form.line(ImpactType.DEPENDENCY).setObserved(true);
        return form;
    }
}
