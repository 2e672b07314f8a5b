/**
 * Learning: cohorts (angkatan) of a programme run by a training centre, enrolment (one by one, by
 * CSV, or on a trainee's request), and study progress per lesson in lesson hours (JP). Reads the
 * curriculum; knows nothing of quizzes, competence or certificates.
 */
package id.pendamping.learning;
