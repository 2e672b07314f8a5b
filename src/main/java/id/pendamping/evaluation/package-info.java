/**
 * Evaluation: how a training was received and what it changed, on Kirkpatrick's levels. So far
 * level 1, the reaction survey at the end of a cohort, on a template each centre edits; responses are
 * anonymous where the template says so: stored with no link to the trainee, and the record of who
 * has answered (to allow one answer each) says nothing about which answer. Level 4, the impact
 * review: what a cohort's alumni changed for the communities they mentor, recorded by the centre
 * ({@code ImpactReviews}, {@code domain.ImpactFindings}).
 *
 * <p>Reads learning (cohorts, enrolments) and may use identity and platform.
 */
package id.pendamping.evaluation;
