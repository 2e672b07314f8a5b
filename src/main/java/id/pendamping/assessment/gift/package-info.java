/**
 * Moodle's GIFT quiz format: reading a GIFT text into {@link id.pendamping.assessment.gift.GiftQuestion}s
 * ({@link id.pendamping.assessment.gift.GiftParser}) and writing questions back as GIFT
 * ({@link id.pendamping.assessment.gift.GiftWriter}), so that training centres can bring question banks
 * written for Moodle and take them away again.
 *
 * <p>The package owns the format only: it knows nothing of quizzes, attempts, grading or storage, and
 * depends on nothing but the JDK. A text with any problem yields no question at all: the parser lists
 * every problem with its line in a {@link id.pendamping.assessment.gift.GiftSyntaxException}, so an
 * importer either takes the whole file or nothing.
 *
 * <p>Where GIFT is ambiguous the choices are documented on {@link id.pendamping.assessment.gift.GiftParser}
 * and {@link id.pendamping.assessment.gift.GiftQuestion}; they follow Moodle's own importer unless that
 * would silently accept an obvious mistake.
 */
package id.pendamping.assessment.gift;
