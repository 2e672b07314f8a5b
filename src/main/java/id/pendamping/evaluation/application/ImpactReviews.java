package id.pendamping.evaluation.application;

import id.pendamping.evaluation.domain.ImpactFindings;
import id.pendamping.evaluation.domain.ImpactReview;
import id.pendamping.evaluation.domain.ImpactReviewForm;
import id.pendamping.identity.application.Caller;
import id.pendamping.identity.domain.Account;
import id.pendamping.identity.domain.Role;
import id.pendamping.learning.application.CohortService;
import id.pendamping.learning.domain.Cohort;
import id.pendamping.platform.AccessDenied;
import id.pendamping.platform.Calendars;
import id.pendamping.platform.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Impact reviews (Kirkpatrick level 4): the coordinators of a cohort's centre record, revise and
 * delete them; an admin may read any. A review is checked against its cohort (after its end, no more
 * alumni reporting than it had) and a refused one changes nothing.
 */
@ApplicationScoped
public class ImpactReviews {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    CohortService cohorts;

    @Inject
    Clock clock;

    /** A cohort's reviews, newest first, who saved each (account id to name), and its number of alumni. */
    public record Overview(Cohort cohort, long alumni, List<ImpactReview> reviews, Map<Long, String> recorders) {
    }

    @Transactional
    public Overview of(Long cohortId) {
        Cohort cohort = readable(cohortId);
        List<ImpactReview> reviews = reviewsOf(cohort.getId());
        Map<Long, String> recorders = new HashMap<>();
        reviews.forEach(r -> recorders.computeIfAbsent(r.getRecordedBy(), id -> em.find(Account.class, id).getFullName()));
        return new Overview(cohort, alumni(cohort), reviews, recorders);
    }

    /** The latest review of a cohort, if any, for its dashboard. */
    @Transactional
    public Optional<ImpactReview> latest(Long cohortId) {
        return reviewsOf(readable(cohortId).getId()).stream().findFirst();
    }

    /** A review to edit, as its form with its version. */
    @Transactional
    public ImpactReviewForm form(Long reviewId) {
        return editable(reviewId, false).toForm();
    }

    /** A new form for a cohort: dated today, covering the time since the cohort ended. */
    @Transactional
    public ImpactReviewForm newForm(Long cohortId) {
        Cohort cohort = cohorts.cohort(cohortId);
        ImpactReviewForm form = new ImpactReviewForm();
        LocalDate today = today();
        form.setReviewedOn(today);
        form.setPeriodFrom(cohort.getEndsOn());
        form.setPeriodTo(today);
        return form;
    }

    @Transactional
    public Long record(Long cohortId, ImpactReviewForm form) {
        Cohort cohort = cohorts.cohort(cohortId);
        ImpactFindings findings = ImpactFindings.check(form, facts(cohort), today());
        ImpactReview review = new ImpactReview(cohort.getId(), findings, caller.account().getId(), clock.instant());
        em.persist(review);
        em.flush();
        return review.getId();
    }

    /** Revises a review; refused when someone saved it since the form was read. */
    @Transactional
    public void revise(Long reviewId, ImpactReviewForm form) {
        ImpactReview review = editable(reviewId, true);
        if (form.getVersion() == null || form.getVersion() != review.getVersion()) {
            throw new InvalidInput("review", "impact.changedMeanwhile");
        }
        Cohort cohort = em.find(Cohort.class, review.getCohortId());
        review.revise(ImpactFindings.check(form, facts(cohort), today()), caller.account().getId(), clock.instant());
    }

    @Transactional
    public void delete(Long reviewId) {
        em.remove(editable(reviewId, true));
    }

    /** A review of a cohort of the caller's centre; any other id is refused as if it did not exist. */
    private ImpactReview editable(Long reviewId, boolean lock) {
        caller.require(Role.COORDINATOR);
        ImpactReview review = reviewId == null ? null
                : em.find(ImpactReview.class, reviewId, lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE);
        if (review == null) {
            throw new AccessDenied("impact review " + reviewId);
        }
        cohorts.cohort(review.getCohortId());
        return review;
    }

    /** An admin reads every centre's cohorts; a coordinator only their own. */
    private Cohort readable(Long cohortId) {
        if (caller.hasRole(Role.ADMIN)) {
            Cohort cohort = cohortId == null ? null : em.find(Cohort.class, cohortId);
            if (cohort == null) {
                throw new AccessDenied("cohort " + cohortId);
            }
            return cohort;
        }
        return cohorts.cohort(cohortId);
    }

    private List<ImpactReview> reviewsOf(Long cohortId) {
        return em.createNamedQuery("ImpactReview.ofCohort", ImpactReview.class).setParameter("cohort", cohortId)
                .getResultList();
    }

    private ImpactFindings.CohortFacts facts(Cohort cohort) {
        return new ImpactFindings.CohortFacts(cohort.getEndsOn(), alumni(cohort));
    }

    private long alumni(Cohort cohort) {
        return em.createNamedQuery("Enrolment.countEnrolled", Long.class).setParameter("cohort", cohort.getId())
                .getSingleResult();
    }

    private LocalDate today() {
        return Calendars.today(clock);
    }
}
