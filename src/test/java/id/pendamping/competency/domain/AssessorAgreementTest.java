package id.pendamping.competency.domain;

import static id.pendamping.competency.domain.Verdict.COMPETENT;
import static id.pendamping.competency.domain.Verdict.NOT_YET_COMPETENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SortedMap;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class AssessorAgreementTest {

    private static final Offset<Double> TOLERANCE = within(1e-9);

    private static final String A = "ASR-01";
    private static final String B = "ASR-02";
    private static final String C = "ASR-03";

    //             A    B    C
    //   c1 / U1   K    K    BK     three assessors: one pair each for A-B, A-C, B-C
    //   c1 / U2   K    BK
    //   c2 / U1   BK   BK
    //   c2 / U2        K    K
    //   c3 / U1   K                rated once: no pair
    // Given out of order on purpose: the pairs must not depend on who was listed first.
    private static final List<AssessorRating> RATINGS = List.of(
            rating("c1", "U1", C, NOT_YET_COMPETENT),
            rating("c1", "U1", B, COMPETENT),
            rating("c1", "U1", A, COMPETENT),
            rating("c1", "U2", B, NOT_YET_COMPETENT),
            rating("c1", "U2", A, COMPETENT),
            rating("c2", "U2", C, COMPETENT),
            rating("c2", "U1", A, NOT_YET_COMPETENT),
            rating("c2", "U2", B, COMPETENT),
            rating("c2", "U1", B, NOT_YET_COMPETENT),
            rating("c3", "U1", A, COMPETENT));

    @Test
    void everyPairOfAssessorsWhoRatedTheSameUnitIsCompared() {
        SortedMap<AssessorPair, RaterAgreement> byPair = AssessorAgreement.byPair(RATINGS);

        assertThat(byPair.keySet()).containsExactly(
                new AssessorPair(A, B), new AssessorPair(A, C), new AssessorPair(B, C));
    }

    @Test
    void agreementOfEachPair() {
        // A-B: c1/U1 K/K, c1/U2 K/BK, c2/U1 BK/BK -> a = 1, b = 1, d = 1, n = 3
        //   po = 2/3; A K 2/3, B K 1/3, A BK 1/3, B BK 2/3; pe = 2/9 + 2/9 = 4/9
        //   kappa = (2/3 - 4/9) / (1 - 4/9) = (2/9) / (5/9) = .4
        // A-C: c1/U1 K/BK -> b = 1, n = 1; po = 0, pe = 1 * 0 + 0 * 1 = 0, kappa = 0
        // B-C: c1/U1 K/BK, c2/U2 K/K -> a = 1, b = 1, n = 2
        //   po = .5; B K 2/2, C K 1/2, B BK 0, C BK 1/2; pe = 1 * .5 + 0 = .5
        //   kappa = (.5 - .5) / (1 - .5) = 0
        SortedMap<AssessorPair, RaterAgreement> byPair = AssessorAgreement.byPair(RATINGS);

        RaterAgreement ab = byPair.get(AssessorPair.of(B, A));
        assertThat(ab).isEqualTo(new RaterAgreement(1, 1, 0, 1));
        assertThat(ab.percentAgreement()).hasValueCloseTo(200.0 / 3, TOLERANCE);
        assertThat(ab.chanceAgreement()).hasValueCloseTo(4.0 / 9, TOLERANCE);
        assertThat(ab.kappa()).hasValueCloseTo(0.4, TOLERANCE);

        RaterAgreement ac = byPair.get(AssessorPair.of(A, C));
        assertThat(ac).isEqualTo(new RaterAgreement(0, 1, 0, 0));
        assertThat(ac.kappa()).hasValueCloseTo(0.0, TOLERANCE);

        RaterAgreement bc = byPair.get(AssessorPair.of(B, C));
        assertThat(bc).isEqualTo(new RaterAgreement(1, 1, 0, 0));
        assertThat(bc.percentAgreement()).hasValueCloseTo(50.0, TOLERANCE);
        assertThat(bc.kappa()).hasValueCloseTo(0.0, TOLERANCE);
    }

    @Test
    void unitsRatedByOneAssessorGiveNoPairs() {
        assertThat(AssessorAgreement.byPair(List.of(
                rating("c1", "U1", A, COMPETENT),
                rating("c1", "U2", B, COMPETENT),
                rating("c2", "U1", C, COMPETENT)))).isEmpty();
        assertThat(AssessorAgreement.byPair(List.of())).isEmpty();
    }

    @Test
    void twoRatingsByOneAssessorOfTheSameUnitAreRefused() {
        List<AssessorRating> twice = List.of(
                rating("c1", "U1", A, NOT_YET_COMPETENT),
                rating("c1", "U1", B, COMPETENT),
                rating("c1", "U1", A, COMPETENT));

        assertThatThrownBy(() -> AssessorAgreement.byPair(twice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(A).hasMessageContaining("U1").hasMessageContaining("c1");
    }

    @Test
    void aPairIsTheSameWhicheverAssessorIsNamedFirst() {
        assertThat(AssessorPair.of(B, A)).isEqualTo(AssessorPair.of(A, B)).isEqualTo(new AssessorPair(A, B));
        assertThatThrownBy(() -> new AssessorPair(B, A)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AssessorPair.of(A, A)).isInstanceOf(IllegalArgumentException.class);
    }

    private static AssessorRating rating(String candidate, String unit, String assessor, Verdict verdict) {
        return new AssessorRating(candidate, unit, assessor, verdict);
    }
}
