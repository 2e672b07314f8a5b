/**
 * Evaluation: how a training was received and what it changed, on Kirkpatrick's levels. So far
 * level 1, the reaction survey at the end of a cohort, on a template each centre edits; responses are
 * anonymous where the template says so: stored with no link to the trainee, and the record of who
 * has answered (to allow one answer each) says nothing about which answer. Level 4, the impact
 * review: what a cohort's alumni changed for the communities they mentor, recorded by the centre
 * ({@code ImpactReviews}, {@code domain.ImpactFindings}). Reports: a cohort's report as PDF and
 * spreadsheet ({@code CohortReport}, {@code infrastructure}), a centre's cohorts over time and what
 * it reports upward, aggregates only ({@code CentreReports}, {@code domain.CohortFigures}).
 *
 * <p>Reads learning (cohorts, enrolments), assessment (grades) and certification (certificates
 * issued), and may use identity and platform; prints with the certificates' font.
 */
package id.pendamping.evaluation;
