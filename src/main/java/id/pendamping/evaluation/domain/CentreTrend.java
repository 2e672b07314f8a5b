package id.pendamping.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A centre's cohorts over time, for its dashboard: the latest {@value #CHARTED} cohorts by start
 * date as bars of each figure (enrolled, completion, pass rate, gain, reaction, certificates), and
 * every cohort, newest first, for the comparison table. Charts of more bars stop being readable;
 * the table and the exports hold them all.
 */
public final class CentreTrend {

    public static final int CHARTED = 12;

    /** One cohort: its name, start date and figures. */
    public record Point(String cohortName, LocalDate startsOn, CohortFigures figures) {
    }

    /**
     * One bar: its label, the value as shown (with "–" for none) and its length in percent of the
     * chart's width. Its accessors are those the shared bar chart reads.
     */
    public record Bar(String label, String count, int percent) {
    }

    /** One cohort in the comparison table, figures as shown. */
    public record Row(String cohortName, LocalDate startsOn, int enrolled, String completion, String passRate,
                      String gain, String reaction, int certificates) {
    }

    private static final String NONE = "–";

    private final List<Point> charted;
    private final List<Point> newestFirst;
    private final Locale locale;

    public CentreTrend(List<Point> points, Locale locale) {
        List<Point> byStart = points.stream().sorted(Comparator.comparing(Point::startsOn)).toList();
        this.charted = byStart.subList(Math.max(0, byStart.size() - CHARTED), byStart.size());
        List<Point> reversed = new ArrayList<>(byStart);
        Collections.reverse(reversed);
        this.newestFirst = reversed;
        this.locale = locale;
    }

    public boolean isEmpty() {
        return newestFirst.isEmpty();
    }

    public int getTotal() {
        return newestFirst.size();
    }

    public int getCharted() {
        return charted.size();
    }

    public List<Bar> getEnrolled() {
        return counts(CohortFigures::enrolled);
    }

    public List<Bar> getCompletion() {
        return percents(CohortFigures::completionPercent);
    }

    public List<Bar> getPassRate() {
        return percents(CohortFigures::passRate);
    }

    /** The gain in points; a bar's length is its size against the largest gain, a loss shown with its minus sign. */
    public List<Bar> getGain() {
        double largest = charted.stream().mapToDouble(p -> p.figures().gainPoints().map(g -> g.abs().doubleValue()).orElse(0.0))
                .max().orElse(0);
        return charted.stream().map(p -> p.figures().gainPoints().map(g -> new Bar(p.cohortName(), decimal(g, 1),
                largest == 0 ? 0 : (int) Math.round(100 * g.abs().doubleValue() / largest)))
                .orElse(new Bar(p.cohortName(), NONE, 0))).toList();
    }

    /** The reaction survey's mean rating out of 5. */
    public List<Bar> getReaction() {
        return charted.stream().map(p -> p.figures().reactionMean().isPresent()
                ? new Bar(p.cohortName(), decimal(BigDecimal.valueOf(p.figures().reactionMean().getAsDouble()), 2),
                        (int) Math.round(100 * p.figures().reactionMean().getAsDouble() / 5))
                : new Bar(p.cohortName(), NONE, 0)).toList();
    }

    public List<Bar> getCertificates() {
        return counts(CohortFigures::certificates);
    }

    public List<Row> getRows() {
        return newestFirst.stream().map(p -> {
            CohortFigures f = p.figures();
            return new Row(p.cohortName(), p.startsOn(), f.enrolled(), percent(f.completionPercent()),
                    percent(f.passRate()), f.gainPoints().map(g -> decimal(g, 1)).orElse(NONE),
                    f.reactionMean().isPresent() ? decimal(BigDecimal.valueOf(f.reactionMean().getAsDouble()), 2) : NONE,
                    f.certificates());
        }).toList();
    }

    /** Counts, each bar's length against the largest count charted. */
    private List<Bar> counts(Function<CohortFigures, Integer> figure) {
        int largest = charted.stream().mapToInt(p -> figure.apply(p.figures())).max().orElse(0);
        return charted.stream().map(p -> {
            int value = figure.apply(p.figures());
            return new Bar(p.cohortName(), String.valueOf(value), largest == 0 ? 0 : Math.round(100f * value / largest));
        }).toList();
    }

    private List<Bar> percents(Function<CohortFigures, Integer> figure) {
        return charted.stream().map(p -> {
            Integer value = figure.apply(p.figures());
            return new Bar(p.cohortName(), percent(value), value == null ? 0 : value);
        }).toList();
    }

    private static String percent(Integer value) {
        return value == null ? NONE : value + " %";
    }

    private String decimal(BigDecimal value, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value.setScale(digits, RoundingMode.HALF_UP));
    }
}
