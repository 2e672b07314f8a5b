/**
 * Competency: the competence assessment of a candidate (asesi) against a certification scheme (skema
 * sertifikasi). Owns the schemes and their units (unit kompetensi), elements and performance criteria
 * (KUK); the evidence collected for each criterion; the assessor's verdict per unit, Kompeten or Belum
 * Kompeten, with its reasons; moderation, including a second independent rating and the agreement
 * between assessors that shows the assessment is reliable; appeals (banding) reviewed by assessors who
 * were not involved; and the tamper-evident audit trail of all of it, because a verdict is only worth
 * what its record can prove.
 *
 * <p>Reads the assessment context (a graded attempt arrives as evidence through its event) and may use
 * identity and platform. Knows nothing of certificates: the certification context reacts to this
 * context's decisions, never the other way round. Knows nothing of pages or HTTP either; those live in
 * its own {@code web} and {@code api} packages when they exist, on top of {@code application}.
 */
package id.pendamping.competency;
