package id.pendamping.assessment.statistics;

/**
 * The data sets the tests work out by hand. Each comment gives the per-attempt totals the hand
 * calculations in the tests start from.
 */
final class SampleQuizzes {

    private SampleQuizzes() {
    }

    /**
     * Ten attempts, five right/wrong items, two topics. Sorted by total to ease hand work (the tests
     * also check that row order changes nothing).
     *
     * <pre>
     *            q1 q2 q3 q4 q5 | total | %   | ethics (q1-q3) | referral (q4-q5)
     *   Ani       1  1  1  1  1 |   5   | 100 |       3        |       2
     *   Budi      1  1  1  1  0 |   4   |  80 |       3        |       1
     *   Citra     1  1  1  0  0 |   3   |  60 |       3        |       0
     *   Dewi      1  1  1  0  0 |   3   |  60 |       3        |       0
     *   Eko       1  1  1  0  0 |   3   |  60 |       3        |       0
     *   Fajar     1  1  0  0  0 |   2   |  40 |       2        |       0
     *   Gita      1  0  0  1  0 |   2   |  40 |       1        |       1
     *   Hadi      1  0  0  0  0 |   1   |  20 |       1        |       0
     *   Indah     0  0  0  1  0 |   1   |  20 |       0        |       1
     *   Joko      1  0  0  0  0 |   1   |  20 |       1        |       0
     *   right     9  6  5  4  1 |  25
     *   p        .9 .6 .5 .4 .1   (facility = right / 10)
     *   pq      .09 .24 .25 .24 .09   (population variance of a 0/1 item; sum .91)
     * </pre>
     *
     * Totals: sum 25, mean 2.5, sum of squares 25+16+9+9+9+4+4+1+1+1 = 79,
     * population variance 79/10 - 2.5^2 = 7.9 - 6.25 = 1.65.
     */
    static ScoreMatrix rightWrong() {
        return ScoreTable.parse(RIGHT_WRONG);
    }

    static final String RIGHT_WRONG = """
            topic ethics ethics ethics referral referral
            item  q1 q2 q3 q4 q5
            Ani    1  1  1  1  1
            Budi   1  1  1  1  0
            Citra  1  1  1  0  0
            Dewi   1  1  1  0  0
            Eko    1  1  1  0  0
            Fajar  1  1  0  0  0
            Gita   1  0  0  1  0
            Hadi   1  0  0  0  0
            Indah  0  0  0  1  0
            Joko   1  0  0  0  0
            """;

    /**
     * Six attempts, four items with partial credit in quarters, two topics.
     *
     * <pre>
     *          p1    p2    p3    p4   | total | %
     *   A      1     .75   1     .5   | 3.25  | 81.25
     *   B      .75   1     .5    .5   | 2.75  | 68.75
     *   C      .5    .5    .75   .25  | 2.00  | 50
     *   D      .5    .25   .5    .25  | 1.50  | 37.5
     *   E      .25   .25   0     0    |  .50  | 12.5
     *   F      0     .25   .25   0    |  .50  | 12.5
     *   sum    3     3     3     1.5
     *   mean   .5    .5    .5    .25
     *   var  15/144 12/144 15/144 6/144   (population; sum 48/144 = 1/3)
     * </pre>
     *
     * e.g. var(p1): deviations .5 .25 0 0 -.25 -.5, squares sum .625, / 6 = .104167 = 15/144.
     * Totals: mean 10.5/6 = 1.75; deviations 1.5 1 .25 -.25 -1.25 -1.25; squares
     * 2.25+1+.0625+.0625+1.5625+1.5625 = 6.5; variance 6.5/6 = 13/12 = 1.083333.
     */
    static ScoreMatrix partialCredit() {
        return ScoreTable.parse("""
                topic techniques techniques functions functions
                item  p1   p2   p3   p4
                A     1    0.75 1    0.5
                B     0.75 1    0.5  0.5
                C     0.5  0.5  0.75 0.25
                D     0.5  0.25 0.5  0.25
                E     0.25 0.25 0    0
                F     0    0.25 0.25 0
                """);
    }
}
