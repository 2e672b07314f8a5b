package id.pendamping.assessment.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Item figures on the hand-worked data sets of {@link SampleQuizzes}. */
class ItemStatisticsTest {

    private static final Offset<Double> TOLERANCE = within(1e-4);

    private final QuizStatistics rightWrong = QuizStatistics.of(SampleQuizzes.rightWrong());

    @Test
    void facilityIsTheMeanScoreAndTheSpreadIsSqrtPq() {
        // Facility = right / 10 (see the table). Population SD of a 0/1 item = sqrt(p(1-p)):
        // q1 sqrt(.09) = .3, q2 sqrt(.24) = .489898, q3 sqrt(.25) = .5, q4 .489898, q5 .3.
        double[] facility = {0.9, 0.6, 0.5, 0.4, 0.1};
        double[] spread = {0.3, 0.489898, 0.5, 0.489898, 0.3};
        for (int i = 0; i < 5; i++) {
            ItemStatistics item = rightWrong.item("q" + (i + 1));
            assertThat(item.attempts()).isEqualTo(10);
            assertThat(item.facility()).hasValueCloseTo(facility[i], TOLERANCE);
            assertThat(item.standardDeviation()).hasValueCloseTo(spread[i], TOLERANCE);
        }
    }

    @Test
    void upperLowerIndexSharesTiedPlacesAtTheGroupBoundary() {
        // Group size: 27 % of 10 = 2.7, rounded half up = 3.
        // Upper 3: Ani (5), Budi (4), then ONE place for the three tied at 3 (Citra, Dewi, Eko):
        //   each counts with weight 1/3.
        // Lower 3: Hadi, Indah, Joko (all at 1): exactly three, weight 1 each.
        // q1: U = (1 + 1 + 1/3*(1+1+1)) / 3 = 3/3 = 1;    L = (1 + 0 + 1) / 3 = 2/3;  D = 1/3
        // q2: U = (1 + 1 + 1/3*3) / 3 = 1;                L = (0 + 0 + 0) / 3 = 0;    D = 1
        // q3: U = 1;                                       L = 0;                      D = 1
        // q4: U = (1 + 1 + 1/3*(0+0+0)) / 3 = 2/3;        L = (0 + 1 + 0) / 3 = 1/3;  D = 1/3
        // q5: U = (1 + 0 + 0) / 3 = 1/3;                   L = 0;                      D = 1/3
        assertThat(rightWrong.item("q1").upperLowerDiscrimination()).hasValueCloseTo(1.0 / 3, TOLERANCE);
        assertThat(rightWrong.item("q2").upperLowerDiscrimination()).hasValueCloseTo(1.0, TOLERANCE);
        assertThat(rightWrong.item("q3").upperLowerDiscrimination()).hasValueCloseTo(1.0, TOLERANCE);
        assertThat(rightWrong.item("q4").upperLowerDiscrimination()).hasValueCloseTo(1.0 / 3, TOLERANCE);
        assertThat(rightWrong.item("q5").upperLowerDiscrimination()).hasValueCloseTo(1.0 / 3, TOLERANCE);
    }

    @Test
    void correctedItemTotalCorrelationUsesTheRestScore() {
        // rest = total - item. With N = 10:
        //   Sxy = sum(x*rest) - N*mean(x)*mean(rest),  Sxx = N*p*q,  Syy = sum(rest^2) - N*mean(rest)^2
        //   r = Sxy / sqrt(Sxx * Syy)
        // q1: rest = 4 3 2 2 2 1 1 0 1 0 (Indah's 1 is the only x = 0); sum 16, mean 1.6
        //     sum(x*rest) = 16 - 1 = 15; Sxy = 15 - 10*.9*1.6 = .6; Sxx = .9
        //     sum(rest^2) = 16+9+4+4+4+1+1+0+1+0 = 40; Syy = 40 - 25.6 = 14.4
        //     r = .6 / sqrt(.9*14.4) = .6 / 3.6 = 1/6 = .166667
        // q2: rest = 4 3 2 2 2 1 2 1 1 1; sum 19, mean 1.9; sum(x*rest) = 4+3+2+2+2+1 = 14
        //     Sxy = 14 - 10*.6*1.9 = 2.6; Sxx = 2.4; sum(rest^2) = 45; Syy = 45 - 36.1 = 8.9
        //     r = 2.6 / sqrt(2.4*8.9) = 2.6 / 4.621688 = .562565
        // q3: rest = 4 3 2 2 2 2 2 1 1 1; sum 20, mean 2; sum(x*rest) = 13
        //     Sxy = 13 - 10*.5*2 = 3; Sxx = 2.5; sum(rest^2) = 48; Syy = 48 - 40 = 8
        //     r = 3 / sqrt(20) = .670820
        // q4: rest = 4 3 3 3 3 2 1 1 0 1; sum 21, mean 2.1; sum(x*rest) = 4+3+1+0 = 8
        //     Sxy = 8 - 10*.4*2.1 = -.4; Sxx = 2.4; sum(rest^2) = 59; Syy = 59 - 44.1 = 14.9
        //     r = -.4 / sqrt(35.76) = -.4 / 5.979967 = -.066890   (Indah, rest 0, got it right)
        // q5: rest = 4 4 3 3 3 2 2 1 1 1; sum 24, mean 2.4; sum(x*rest) = 4
        //     Sxy = 4 - 10*.1*2.4 = 1.6; Sxx = .9; sum(rest^2) = 70; Syy = 70 - 57.6 = 12.4
        //     r = 1.6 / sqrt(11.16) = 1.6 / 3.340659 = .478947
        assertThat(rightWrong.item("q1").correctedItemTotalCorrelation()).hasValueCloseTo(1.0 / 6, TOLERANCE);
        assertThat(rightWrong.item("q2").correctedItemTotalCorrelation()).hasValueCloseTo(0.562565, TOLERANCE);
        assertThat(rightWrong.item("q3").correctedItemTotalCorrelation()).hasValueCloseTo(0.670820, TOLERANCE);
        assertThat(rightWrong.item("q4").correctedItemTotalCorrelation()).hasValueCloseTo(-0.066890, TOLERANCE);
        assertThat(rightWrong.item("q5").correctedItemTotalCorrelation()).hasValueCloseTo(0.478947, TOLERANCE);
    }

    @Test
    void theTwoIndicesCanDisagree() {
        // q4 looks fine by upper-lower (+1/3: Ani and Budi got it) yet the correlation is negative,
        // because the index only looks at 6 of 10 attempts and counts the item in its own total.
        // That is why the flags rely on the corrected correlation.
        ItemStatistics q4 = rightWrong.item("q4");
        assertThat(q4.upperLowerDiscrimination().getAsDouble()).isPositive();
        assertThat(q4.correctedItemTotalCorrelation().getAsDouble()).isNegative();
    }

    @Test
    void tiedAttemptsAtTheBoundaryShareItsPlacesWhateverTheRowOrder() {
        //      t1 t2 t3 | %
        //   A   1  0  1 | 66.67
        //   B   0  1  1 | 66.67
        //   C   0  0  1 | 33.33
        //   D   0  0  0 | 0
        // Group size: 27 % of 4 = 1.08 -> 1. A and B tie for the single upper place: 1/2 each.
        // t1: U = (1 + 0)/2 = .5, L = D's 0 = 0, index .5. Taking "whoever is listed first" would give
        // 1 in this order and 0 in the reversed one; sharing gives .5 both ways. Same for t2.
        String header = "topic ethics ethics ethics\nitem t1 t2 t3\n";
        String[] rows = {"A 1 0 1", "B 0 1 1", "C 0 0 1", "D 0 0 0"};
        QuizStatistics listed = QuizStatistics.of(ScoreTable.parse(header + String.join("\n", rows)));
        List<String> reversedRows = new ArrayList<>(List.of(rows));
        Collections.reverse(reversedRows);
        QuizStatistics reversed = QuizStatistics.of(ScoreTable.parse(header + String.join("\n", reversedRows)));
        for (QuizStatistics statistics : List.of(listed, reversed)) {
            assertThat(statistics.item("t1").upperLowerDiscrimination()).hasValueCloseTo(0.5, TOLERANCE);
            assertThat(statistics.item("t2").upperLowerDiscrimination()).hasValueCloseTo(0.5, TOLERANCE);
        }
    }

    @Test
    void partialCreditItems() {
        QuizStatistics partial = QuizStatistics.of(SampleQuizzes.partialCredit());
        // Facility p1 = 3/6 = .5, p4 = 1.5/6 = .25. SD p1 = sqrt(15/144) = .322749, p4 = sqrt(6/144) = .204124.
        assertThat(partial.item("p1").facility()).hasValueCloseTo(0.5, TOLERANCE);
        assertThat(partial.item("p1").standardDeviation()).hasValueCloseTo(0.322749, TOLERANCE);
        assertThat(partial.item("p4").facility()).hasValueCloseTo(0.25, TOLERANCE);
        assertThat(partial.item("p4").standardDeviation()).hasValueCloseTo(0.204124, TOLERANCE);

        // Upper-lower: 27 % of 6 = 1.62 -> 2 per group. Upper A (3.25), B (2.75); lower E, F (.5, .5; no tie
        // at the boundary since exactly two share the bottom).
        // p1: U = (1 + .75)/2 = .875, L = (.25 + 0)/2 = .125, D = .75
        // p4: U = (.5 + .5)/2 = .5,   L = (0 + 0)/2 = 0,      D = .5
        assertThat(partial.item("p1").upperLowerDiscrimination()).hasValueCloseTo(0.75, TOLERANCE);
        assertThat(partial.item("p4").upperLowerDiscrimination()).hasValueCloseTo(0.5, TOLERANCE);

        // p1 correlation: x = 1 .75 .5 .5 .25 0 (mean .5); rest = total - x = 2.25 2 1.5 1 .25 .5 (mean 1.25)
        //   dx = .5 .25 0 0 -.25 -.5;  drest = 1 .75 .25 -.25 -1 -.75
        //   Sxy = .5 + .1875 + 0 + 0 + .25 + .375 = 1.3125; Sxx = .625
        //   Syy = 1 + .5625 + .0625 + .0625 + 1 + .5625 = 3.25
        //   r = 1.3125 / sqrt(.625 * 3.25) = 1.3125 / 1.425219 = .920911
        // p4 correlation: x = .5 .5 .25 .25 0 0 (mean .25); rest = 2.75 2.25 1.75 1.25 .5 .5 (mean 1.5)
        //   dx = .25 .25 0 0 -.25 -.25;  drest = 1.25 .75 .25 -.25 -1 -1
        //   Sxy = .3125 + .1875 + 0 + 0 + .25 + .25 = 1; Sxx = .25
        //   Syy = 1.5625 + .5625 + .0625 + .0625 + 1 + 1 = 4.25
        //   r = 1 / sqrt(.25 * 4.25) = 1 / 1.030776 = .970143
        assertThat(partial.item("p1").correctedItemTotalCorrelation()).hasValueCloseTo(0.920911, TOLERANCE);
        assertThat(partial.item("p4").correctedItemTotalCorrelation()).hasValueCloseTo(0.970143, TOLERANCE);
    }

    @Test
    void everyAttemptTyingMakesTheUpperAndLowerGroupsTheSame() {
        // Totals 1, 1, 1 (50 % each): group size 1, one place shared by three tied attempts in both
        // groups, so U = L = facility and D = 0.
        QuizStatistics flat = QuizStatistics.of(ScoreTable.parse("""
                topic ethics ethics
                item  f1 f2
                A     1  0
                B     0  1
                C     1  0
                """));
        assertThat(flat.item("f1").upperLowerDiscrimination()).hasValueCloseTo(0.0, TOLERANCE);
    }

    @Test
    void groupSizeIsTwentySevenPercentRoundedHalfUp() {
        assertThat(UpperLowerIndex.groupSize(2)).isEqualTo(1);   // .54
        assertThat(UpperLowerIndex.groupSize(5)).isEqualTo(1);   // 1.35
        assertThat(UpperLowerIndex.groupSize(6)).isEqualTo(2);   // 1.62
        assertThat(UpperLowerIndex.groupSize(10)).isEqualTo(3);  // 2.7
        assertThat(UpperLowerIndex.groupSize(50)).isEqualTo(14); // 13.5, exactly half: up
        assertThat(UpperLowerIndex.groupSize(100)).isEqualTo(27);
    }
}
