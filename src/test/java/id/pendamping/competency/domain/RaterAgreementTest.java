package id.pendamping.competency.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Cohen's kappa between two assessors, worked by hand. Each pair is written "first/second".
 * Notation: n pairs, a = K/K, b = K/BK, c = BK/K, d = BK/BK;
 * po = (a + d) / n, pe = (a+b)/n * (a+c)/n + (c+d)/n * (b+d)/n, kappa = (po - pe) / (1 - pe).
 */
class RaterAgreementTest {

    private static final Offset<Double> TOLERANCE = within(1e-9);

    @Test
    void agreementWellAboveChance() {
        // n = 10: a = 6, b = 1, c = 1, d = 2
        // po = (6 + 2) / 10 = .8
        // first K 7/10, second K 7/10; first BK 3/10, second BK 3/10
        // pe = .7 * .7 + .3 * .3 = .49 + .09 = .58
        // kappa = (.8 - .58) / (1 - .58) = .22 / .42 = 11/21 = .523810
        RaterAgreement agreement = RaterAgreement.of(pairs(
                "K/K", "K/K", "K/K", "K/K", "K/K", "K/K", "K/BK", "BK/K", "BK/BK", "BK/BK"));

        assertThat(agreement).isEqualTo(new RaterAgreement(6, 1, 1, 2));
        assertThat(agreement.count()).isEqualTo(10);
        assertThat(agreement.agreements()).isEqualTo(8);
        assertThat(agreement.disagreements()).isEqualTo(2);
        assertThat(agreement.observedAgreement()).hasValueCloseTo(0.8, TOLERANCE);
        assertThat(agreement.percentAgreement()).hasValueCloseTo(80.0, TOLERANCE);
        assertThat(agreement.chanceAgreement()).hasValueCloseTo(0.58, TOLERANCE);
        assertThat(agreement.kappa()).hasValueCloseTo(11.0 / 21, TOLERANCE);
    }

    @Test
    void agreementBelowChanceGivesANegativeKappa() {
        // n = 5: a = 1, b = 2, c = 2, d = 0
        // po = (1 + 0) / 5 = .2
        // first K 3/5, second K 3/5; first BK 2/5, second BK 2/5
        // pe = .6 * .6 + .4 * .4 = .36 + .16 = .52
        // kappa = (.2 - .52) / (1 - .52) = -.32 / .48 = -2/3
        RaterAgreement agreement = RaterAgreement.of(pairs("K/K", "K/BK", "K/BK", "BK/K", "BK/K"));

        assertThat(agreement.observedAgreement()).hasValueCloseTo(0.2, TOLERANCE);
        assertThat(agreement.percentAgreement()).hasValueCloseTo(20.0, TOLERANCE);
        assertThat(agreement.chanceAgreement()).hasValueCloseTo(0.52, TOLERANCE);
        assertThat(agreement.kappa()).hasValueCloseTo(-2.0 / 3, TOLERANCE);
    }

    @Test
    void totalDisagreementWithBalancedRatersIsMinusOne() {
        // n = 2: b = 1, c = 1
        // po = 0; first K 1/2, second K 1/2, first BK 1/2, second BK 1/2
        // pe = .25 + .25 = .5; kappa = (0 - .5) / (1 - .5) = -1
        RaterAgreement agreement = RaterAgreement.of(pairs("K/BK", "BK/K"));

        assertThat(agreement.observedAgreement()).hasValueCloseTo(0.0, TOLERANCE);
        assertThat(agreement.chanceAgreement()).hasValueCloseTo(0.5, TOLERANCE);
        assertThat(agreement.kappa()).hasValueCloseTo(-1.0, TOLERANCE);
    }

    @Test
    void totalDisagreementWhenOneAlwaysSaysKAndTheOtherAlwaysBkIsZero() {
        // n = 4: b = 4
        // po = 0; first K 4/4, second K 0/4; first BK 0/4, second BK 4/4
        // pe = 1 * 0 + 0 * 1 = 0; kappa = (0 - 0) / (1 - 0) = 0: chance alone would also never agree.
        RaterAgreement agreement = RaterAgreement.of(pairs("K/BK", "K/BK", "K/BK", "K/BK"));

        assertThat(agreement.observedAgreement()).hasValueCloseTo(0.0, TOLERANCE);
        assertThat(agreement.chanceAgreement()).hasValueCloseTo(0.0, TOLERANCE);
        assertThat(agreement.kappa()).hasValueCloseTo(0.0, TOLERANCE);
    }

    @Test
    void perfectAgreementOnBothVerdictsIsOne() {
        // n = 5: a = 3, d = 2
        // po = (3 + 2) / 5 = 1
        // first K 3/5, second K 3/5; first BK 2/5, second BK 2/5
        // pe = .36 + .16 = .52; kappa = (1 - .52) / (1 - .52) = .48 / .48 = 1
        RaterAgreement agreement = RaterAgreement.of(pairs("K/K", "BK/BK", "K/K", "BK/BK", "K/K"));

        assertThat(agreement.observedAgreement()).hasValueCloseTo(1.0, TOLERANCE);
        assertThat(agreement.percentAgreement()).hasValueCloseTo(100.0, TOLERANCE);
        assertThat(agreement.chanceAgreement()).hasValueCloseTo(0.52, TOLERANCE);
        assertThat(agreement.kappa()).hasValueCloseTo(1.0, TOLERANCE);
    }

    @Test
    void kappaIsUndefinedWhenBothAssessorsAlwaysSaidK() {
        // n = 4: a = 4
        // po = 4/4 = 1; first K 4/4, second K 4/4, first BK 0, second BK 0
        // pe = 1 * 1 + 0 * 0 = 1; kappa = (1 - 1) / (1 - 1) = 0/0: not computable.
        // The percentage still says they agreed on every unit.
        RaterAgreement agreement = RaterAgreement.of(pairs("K/K", "K/K", "K/K", "K/K"));

        assertThat(agreement.percentAgreement()).hasValueCloseTo(100.0, TOLERANCE);
        assertThat(agreement.chanceAgreement()).hasValueCloseTo(1.0, TOLERANCE);
        assertThat(agreement.kappa()).isEmpty();
    }

    @Test
    void kappaIsUndefinedWhenBothAssessorsAlwaysSaidBk() {
        // n = 3: d = 3; pe = 0 * 0 + 1 * 1 = 1, the same 0/0 as above.
        RaterAgreement agreement = RaterAgreement.of(pairs("BK/BK", "BK/BK", "BK/BK"));

        assertThat(agreement.percentAgreement()).hasValueCloseTo(100.0, TOLERANCE);
        assertThat(agreement.kappa()).isEmpty();
    }

    @Test
    void noPairsGiveNoFigures() {
        RaterAgreement agreement = RaterAgreement.of(List.of());

        assertThat(agreement.count()).isZero();
        assertThat(agreement.agreements()).isZero();
        assertThat(agreement.observedAgreement()).isEmpty();
        assertThat(agreement.percentAgreement()).isEmpty();
        assertThat(agreement.chanceAgreement()).isEmpty();
        assertThat(agreement.kappa()).isEmpty();
    }

    @Test
    void whichAssessorIsFirstDoesNotChangeTheFigures() {
        // Swapping the assessors swaps b and c; po and pe are symmetric in them.
        // forward n = 8: a = 3, b = 2, c = 1, d = 2; po = 5/8 = .625
        //   first K 5/8, second K 4/8, first BK 3/8, second BK 4/8; pe = (20 + 12) / 64 = .5
        //   kappa = (.625 - .5) / (1 - .5) = .25
        // swapped: b = 1, c = 2; first K 4/8, second K 5/8, first BK 4/8, second BK 3/8: pe = .5 again
        RaterAgreement forward = RaterAgreement.of(pairs(
                "K/K", "K/K", "K/K", "K/BK", "K/BK", "BK/K", "BK/BK", "BK/BK"));
        RaterAgreement swapped = RaterAgreement.of(pairs(
                "K/K", "K/K", "K/K", "BK/K", "BK/K", "K/BK", "BK/BK", "BK/BK"));

        assertThat(swapped.onlyFirstCompetent()).isEqualTo(forward.onlySecondCompetent());
        assertThat(swapped.onlySecondCompetent()).isEqualTo(forward.onlyFirstCompetent());
        assertThat(forward.chanceAgreement()).hasValueCloseTo(0.5, TOLERANCE);
        assertThat(swapped.chanceAgreement()).hasValueCloseTo(0.5, TOLERANCE);
        assertThat(forward.kappa()).hasValueCloseTo(0.25, TOLERANCE);
        assertThat(swapped.kappa()).hasValueCloseTo(0.25, TOLERANCE);
    }

    @Test
    void countsCannotBeNegative() {
        assertThatThrownBy(() -> new RaterAgreement(1, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<VerdictPair> pairs(String... firstSlashSecond) {
        return Arrays.stream(firstSlashSecond)
                .map(pair -> pair.split("/"))
                .map(codes -> new VerdictPair(Verdict.fromCode(codes[0]), Verdict.fromCode(codes[1])))
                .toList();
    }
}
