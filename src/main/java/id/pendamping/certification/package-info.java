/**
 * Certification: certificates of record. Decides who is eligible (a trainee who completed a programme;
 * later a candidate decided competent on a scheme), numbers each certificate without gaps per centre
 * and year, renders it once to PDF/A with a QR code to its public verification page, signs it
 * (PAdES) with the centre's key and stores the bytes and their SHA-256, so every download is the
 * same document. Owns the lifecycle (revocation proposed by a coordinator and confirmed by an admin,
 * supersession by a correction, expiry), public verification, the public register and bulk issue as
 * a Jakarta Batch job.
 *
 * <p>Reads learning and assessment (progress and graded attempts) and may use identity and
 * platform. Nothing upstream knows it exists.
 */
package id.pendamping.certification;
