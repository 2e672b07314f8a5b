package id.pendamping.evaluation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendamping.evaluation.domain.ImpactField;
import id.pendamping.evaluation.domain.ImpactHorizon;
import id.pendamping.evaluation.domain.ImpactReview;
import id.pendamping.evaluation.domain.ImpactReviewForm;
import id.pendamping.evaluation.domain.ImpactType;
import id.pendamping.identity.application.Caller;
import id.pendamping.platform.AccessDenied;
import id.pendamping.platform.ClockProducer;
import id.pendamping.platform.InvalidInput;
import id.pendamping.testing.Deployments;
import id.pendamping.testing.TraineeFixture;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Impact reviews (level 4) against the real database: the centre's coordinator records, revises and
 * deletes them; a refused review saves nothing and names its field; a coordinator of another centre
 * and a trainee can neither read nor change them; an admin reads them.
 */
@ExtendWith(ArquillianExtension.class)
class ImpactReviewIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTraineeFixture(ImpactReviewIT.class);
    }

    @Inject
    Caller caller;

    @Inject
    TraineeFixture fixture;

    @Inject
    ImpactReviews reviews;

    @Inject
    ClockProducer clocks;

    private List<TraineeFixture.Trainee> trainees;
    private Long cohortId;

    @BeforeEach
    void aCohortThatHasEnded() {
        trainees = fixture.cohortOfTrainees("dampak", 2);
        cohortId = fixture.cohortOf(trainees.get(0).enrolmentId());
        // The fixture's cohort ends in 30 days; a review comes after it.
        clocks.adjustable().advance(Duration.ofDays(45));
    }

    @AfterEach
    void resetClock() {
        clocks.adjustable().reset();
    }

    @Test
    void theCentresCoordinatorRecordsRevisesAndDeletesAReview() {
        as("koordinator");
        Long id = reviews.record(cohortId, filled(reviews.newForm(cohortId)));
        ImpactReviews.Overview overview = reviews.of(cohortId);
        assertThat(overview.alumni()).isEqualTo(2);
        assertThat(overview.reviews()).hasSize(1);
        ImpactReview saved = overview.reviews().get(0);
        assertThat(saved.getCommunities()).isEqualTo(4);
        assertThat(saved.getAlumniReporting()).isEqualTo(2);
        assertThat(saved.getHorizon()).isEqualTo(ImpactHorizon.MEDIUM);
        assertThat(saved.getFields()).containsExactly(ImpactField.ECONOMY);
        assertThat(saved.observedTypes()).containsExactly(ImpactType.EMPOWERMENT, ImpactType.DEPENDENCY);
        assertThat(saved.getObservations().get(ImpactType.DEPENDENCY).getNote()).isEqualTo("Satu kelompok menunggu pendamping");
        assertThat(overview.recorders().get(saved.getRecordedBy())).isEqualTo(fixture.account("koordinator").getFullName());
        assertThat(reviews.latest(cohortId)).map(ImpactReview::getId).contains(id);

        ImpactReviewForm edit = reviews.form(id);
        edit.setCommunities(6);
        edit.line(ImpactType.DEPENDENCY).setObserved(false);
        reviews.revise(id, edit);
        assertThat(reviews.of(cohortId).reviews().get(0).getCommunities()).isEqualTo(6);
        assertThat(reviews.of(cohortId).reviews().get(0).observedTypes()).containsExactly(ImpactType.EMPOWERMENT);
        edit.setCommunities(9);
        assertThatThrownBy(() -> reviews.revise(id, edit)).as("a form read before the last save")
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("impact.changedMeanwhile"));
        assertThat(reviews.of(cohortId).reviews().get(0).getCommunities()).isEqualTo(6);

        Long second = reviews.record(cohortId, filled(reviews.newForm(cohortId)));
        assertThat(reviews.of(cohortId).reviews()).hasSize(2);
        reviews.delete(second);
        assertThat(reviews.of(cohortId).reviews()).extracting(ImpactReview::getId).containsExactly(id);
    }

    @Test
    void aRefusedReviewNamesTheFieldAndSavesNothing() {
        as("koordinator");
        ImpactReviewForm tooMany = filled(reviews.newForm(cohortId));
        tooMany.setAlumniReporting(3);
        assertThatThrownBy(() -> reviews.record(cohortId, tooMany)).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.field()).isEqualTo("alumniReporting");
            assertThat(e.messageKey()).isEqualTo("impact.alumniReporting.invalid");
            assertThat(e.arguments()).containsExactly(2);
        });
        ImpactReviewForm early = filled(reviews.newForm(cohortId));
        early.setReviewedOn(early.getPeriodFrom().minusDays(1));
        assertThatThrownBy(() -> reviews.record(cohortId, early)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.field()).isEqualTo("reviewedOn"));
        ImpactReviewForm longNote = filled(reviews.newForm(cohortId));
        longNote.line(ImpactType.INEQUALITY).setNote("x".repeat(501));
        assertThatThrownBy(() -> reviews.record(cohortId, longNote)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.field()).isEqualTo("note.INEQUALITY"));
        assertThat(reviews.of(cohortId).reviews()).isEmpty();

        Long id = reviews.record(cohortId, filled(reviews.newForm(cohortId)));
        ImpactReviewForm blank = reviews.form(id);
        blank.setObservedChanges(" ");
        assertThatThrownBy(() -> reviews.revise(id, blank)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.field()).isEqualTo("observedChanges"));
        assertThat(reviews.of(cohortId).reviews().get(0).getObservedChanges()).startsWith("Alumni mendampingi");
    }

    @Test
    void aCoordinatorOfAnotherCentreAndATraineeAreRefusedAndAnAdminReads() {
        as("koordinator");
        Long id = reviews.record(cohortId, filled(reviews.newForm(cohortId)));
        ImpactReviewForm form = reviews.form(id);

        caller.authenticatedByToken(fixture.coordinatorOfAnotherCentre("balai-dampak"));
        assertThatThrownBy(() -> reviews.of(cohortId)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> reviews.latest(cohortId)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> reviews.newForm(cohortId)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> reviews.form(id)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> reviews.record(cohortId, filled(new ImpactReviewForm()))).isInstanceOf(AccessDenied.class);
        form.setCommunities(99);
        assertThatThrownBy(() -> reviews.revise(id, form)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> reviews.delete(id)).isInstanceOf(AccessDenied.class);

        as(trainees.get(0).username());
        assertThatThrownBy(() -> reviews.of(cohortId)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> reviews.record(cohortId, filled(new ImpactReviewForm()))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> reviews.delete(id)).isInstanceOf(AccessDenied.class);

        as("admin");
        assertThat(reviews.of(cohortId).reviews()).extracting(ImpactReview::getCommunities).containsExactly(4);
        assertThatThrownBy(() -> reviews.delete(id)).as("an admin reads only").isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> reviews.of(-1L)).isInstanceOf(AccessDenied.class);
    }

    private ImpactReviewForm filled(ImpactReviewForm form) {
        form.setHorizon(ImpactHorizon.MEDIUM);
        form.setCommunities(4);
        form.setAlumniReporting(2);
        form.setObservedChanges("Alumni mendampingi empat kelompok usaha; dua kelompok mencatat keuangan sendiri.");
        form.setEvidence("Laporan alumni, kunjungan lapangan");
        form.setFields(new ImpactField[] {ImpactField.ECONOMY});
        form.line(ImpactType.EMPOWERMENT).setObserved(true);
        form.line(ImpactType.DEPENDENCY).setObserved(true);
        form.line(ImpactType.DEPENDENCY).setNote("Satu kelompok menunggu pendamping");
        return form;
    }

    private void as(String username) {
        caller.authenticatedByToken(fixture.account(username));
    }
}
