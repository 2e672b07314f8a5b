package id.pendamping.competency.domain;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How far two assessors who rated the same units agree: the 2x2 table of their verdicts, the observed
 * agreement and Cohen's kappa, the agreement beyond what their own K/BK rates would give by chance.
 *
 * <pre>
 *                       second K              second BK
 *   first K     bothCompetent         onlyFirstCompetent
 *   first BK    onlySecondCompetent   bothNotYetCompetent
 * </pre>
 *
 * <p>po = agreements / n; pe = (firstK/n)(secondK/n) + (firstBK/n)(secondBK/n), from the marginals;
 * kappa = (po - pe) / (1 - pe). Kappa is 1 for perfect agreement, 0 for agreement no better than
 * chance, negative when the assessors agree less than chance would have them. Total disagreement is
 * -1 only when both say K half the time; when one always says K and the other always BK, pe = 0 and
 * kappa is 0.
 *
 * <p>Figures are doubles, as in the quiz statistics. They are computed from the integer counts with
 * one division each (kappa = (n*agreements - E) / (n*n - E), with E = firstK*secondK +
 * firstBK*secondBK), so the only rounding is that last division's, far below any figure a
 * coordinator reads; BigDecimal would need a scale and a rounding mode at that same division and gain
 * nothing. Rounding for display belongs to the page. The counts stay available for exact reporting.
 *
 * <p>Figures that cannot be computed are empty, never 0 or NaN:
 * <ul>
 *   <li>No pairs: no agreement, no chance agreement, no kappa.</li>
 *   <li>pe = 1, i.e. both assessors gave the same verdict to every unit (both always K, or both always
 *       BK): agreement is 100 % but kappa is 0/0. Nothing varied, so nothing shows whether they would
 *       have agreed on a unit that deserved the other verdict; kappa is empty and the coordinator sees
 *       the percentage alone.</li>
 * </ul>
 */
public record RaterAgreement(int bothCompetent, int onlyFirstCompetent, int onlySecondCompetent,
                             int bothNotYetCompetent) {

    public RaterAgreement {
        if (bothCompetent < 0 || onlyFirstCompetent < 0 || onlySecondCompetent < 0 || bothNotYetCompetent < 0) {
            throw new IllegalArgumentException("Counts of verdicts cannot be negative");
        }
    }

    public static RaterAgreement of(List<VerdictPair> pairs) {
        int[] cells = new int[4];
        for (VerdictPair pair : pairs) {
            Objects.requireNonNull(pair, "pair");
            boolean firstCompetent = pair.first() == Verdict.COMPETENT;
            boolean secondCompetent = pair.second() == Verdict.COMPETENT;
            cells[(firstCompetent ? 0 : 2) + (secondCompetent ? 0 : 1)]++;
        }
        // cells: [K,K] [K,BK] [BK,K] [BK,BK]
        return new RaterAgreement(cells[0], cells[1], cells[2], cells[3]);
    }

    /** n, the units both assessors rated. */
    public int count() {
        return bothCompetent + onlyFirstCompetent + onlySecondCompetent + bothNotYetCompetent;
    }

    public int agreements() {
        return bothCompetent + bothNotYetCompetent;
    }

    public int disagreements() {
        return onlyFirstCompetent + onlySecondCompetent;
    }

    /** po, 0..1; empty without pairs. */
    public OptionalDouble observedAgreement() {
        int n = count();
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) agreements() / n);
    }

    /** po as a percentage, 0..100; empty without pairs. */
    public OptionalDouble percentAgreement() {
        int n = count();
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * agreements() / n);
    }

    /** pe, the agreement expected by chance from each assessor's own K/BK rates, 0..1; empty without pairs. */
    public OptionalDouble chanceAgreement() {
        long n = count();
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) chanceProducts() / (n * n));
    }

    /** Cohen's kappa, -1..1; empty without pairs or when pe = 1 (see the class documentation). */
    public OptionalDouble kappa() {
        long n = count();
        long chance = chanceProducts();
        // pe = 1 exactly when chance == n * n; comparing integers avoids asking whether a double is 1.
        if (n == 0 || chance == n * n) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) (n * agreements() - chance) / (n * n - chance));
    }

    /** pe * n * n: firstK * secondK + firstBK * secondBK, exact. */
    private long chanceProducts() {
        long firstCompetent = bothCompetent + onlyFirstCompetent;
        long secondCompetent = bothCompetent + onlySecondCompetent;
        long firstNotYet = onlySecondCompetent + bothNotYetCompetent;
        long secondNotYet = onlyFirstCompetent + bothNotYetCompetent;
        return firstCompetent * secondCompetent + firstNotYet * secondNotYet;
    }
}
