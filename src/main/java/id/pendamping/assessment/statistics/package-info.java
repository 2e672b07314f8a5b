/**
 * Classical test theory statistics of one quiz for coordinators: per item the facility, the spread,
 * two discrimination indices and review flags; Cronbach's alpha for the quiz and each topic; the
 * distribution of the trainees' percentage scores.
 *
 * <p>The input is a {@link id.pendamping.assessment.statistics.ScoreMatrix}: the attempt that counts
 * per trainee, the score (0..1) of each item that attempt saw. Pure Java, no persistence and no
 * framework, so the figures can be checked by hand in the tests.
 *
 * <p>Conventions, chosen once for every figure in the package:
 * <ul>
 *   <li>Variances and standard deviations are <em>population</em> ones (divide by N): the figures
 *       describe the trainees who actually sat the quiz, a single attempt has a spread of 0 rather than
 *       none, and a right/wrong item's variance is exactly p(1-p). Moodle divides by N-1, so its standard
 *       deviations are larger by a factor sqrt(N/(N-1)); correlations and alpha are the same either way.</li>
 *   <li>An item not drawn for an attempt is absent, never 0: it says nothing about the trainee. An
 *       attempt's percentage is the mean score over the items it saw, times 100.</li>
 *   <li>A figure that cannot be computed (too few attempts, no spread) is an empty
 *       {@link java.util.OptionalDouble}, never 0 or NaN, so a report cannot mistake it for a result.</li>
 * </ul>
 */
package id.pendamping.assessment.statistics;
