package id.pendamping.evaluation.infrastructure;

import id.pendamping.evaluation.application.CohortDashboard;
import id.pendamping.evaluation.application.CohortReport;
import id.pendamping.evaluation.application.CohortSurveys;
import id.pendamping.evaluation.domain.ReactionResults;
import id.pendamping.learning.domain.Cohort;
import id.pendamping.platform.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * What a cohort report says, the same in the PDF and the spreadsheet: the labels in the reader's
 * language and the values (numbers stay numbers, for the spreadsheet; "-" marks a figure that does
 * not exist yet, such as a pass rate before anyone took the post-test).
 */
final class ReportLayout {

    static final String NONE = "–";

    private final Locale locale;

    /** A labelled value: a String, or a Number the spreadsheet keeps as a number; null when there is none. */
    record Entry(String label, Object value) {
    }

    ReportLayout(Locale locale) {
        this.locale = locale;
    }

    String text(String key, Object... arguments) {
        return Messages.text(locale, key, arguments);
    }

    /** The cohort itself: name, programme, centre, dates and place. */
    List<Entry> cohort(Cohort c) {
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        List<Entry> entries = new ArrayList<>(List.of(new Entry(text("manage.cohort.name"), c.getName()),
                new Entry(text("manage.cohort.programme"), c.getProgramme().title(locale)),
                new Entry(text("report.centre"), c.getTrainingCenter().getName()),
                new Entry(text("manage.cohort.dates"), dates.format(c.getStartsOn()) + " – " + dates.format(c.getEndsOn()))));
        if (c.getPlace() != null) {
            entries.add(new Entry(text("report.place"), c.getPlace()));
        }
        return entries;
    }

    /** The cohort's figures, as on its dashboard. */
    List<Entry> figures(CohortDashboard.Dashboard d) {
        return List.of(new Entry(text("dashboard.enrolled"), d.enrolled()),
                new Entry(text("dashboard.complete"), d.complete()),
                new Entry(text("dashboard.postTestTaken"), d.postTestTaken()),
                new Entry(text("report.postTestPassed"), d.postTestPassed()),
                new Entry(text("report.passRate"), d.passRate()),
                new Entry(text("report.preTestMean"), d.gain().map(g -> scaled(g.pre(), 1)).orElse(null)),
                new Entry(text("dashboard.postTestMean"), scaled(d.postTestMean(), 1)),
                new Entry(text("dashboard.gain"), d.gain().map(g -> scaled(g.points(), 1)).orElse(null)),
                new Entry(text("dashboard.certificates"), d.certificatesIssued()),
                new Entry(text("report.surveyResponses"), d.surveyResponses()),
                new Entry(text("report.surveyMean"), scaled(d.surveyMean(), 2)));
    }

    /** The levels after the course: each follow-up wave, then the latest impact review. */
    List<Entry> laterLevels(CohortReport.Report report) {
        List<Entry> entries = new ArrayList<>();
        for (CohortReport.FollowUp wave : report.followUps()) {
            int months = wave.kind().monthsAfterEnd();
            entries.add(new Entry(text("report.followUp.responses", months), wave.responses()));
            entries.add(new Entry(text("report.followUp.mean", months), scaled(wave.mean(), 2)));
        }
        entries.add(new Entry(text("report.impact.latest"), report.latestImpact().map(r -> date(r.getReviewedOn())).orElse(null)));
        entries.add(new Entry(text("report.impact.communities"), report.latestImpact().map(r -> (Object) r.getCommunities())
                .orElse(null)));
        entries.add(new Entry(text("report.impact.observed"), report.latestImpact().map(r -> r.observedTypes().stream()
                .map(t -> text(t.messageKey())).collect(java.util.stream.Collectors.joining("; "))).orElse(null)));
        return entries;
    }

    /** The trainee table's columns, module quizzes (the spreadsheet's extra columns) apart. */
    List<String> traineeHeader() {
        return List.of(text("report.number"), text("register.fullName"), text("report.progress"), text("report.preTest"),
                text("report.postTest"), text("report.gainPoints"), text("report.passed"), text("report.certificate"));
    }

    /** One trainee's values in the order of {@link #traineeHeader()}. */
    List<Object> trainee(int number, CohortReport.Trainee t) {
        List<Object> cells = new ArrayList<>();
        cells.add(number);
        cells.add(t.fullName());
        cells.add(t.progressPercent());
        cells.add(scaled(t.preTest(), 1));
        cells.add(scaled(t.postTest(), 1));
        cells.add(t.gain().map(g -> scaled(g.points(), 1)).orElse(null));
        cells.add(t.passed() == null ? null : text(t.passed() ? "report.passedYes" : "report.passedNo"));
        cells.add(t.certificateNumber());
        return cells;
    }

    /** The survey's rating statements: the statement, how many chose 1 to 5, how many answered, the mean. */
    List<String> ratingHeader() {
        return List.of(text("report.statement"), "1", "2", "3", "4", "5", text("report.answered"), text("report.mean"));
    }

    List<Object> rating(ReactionResults.Scale scale) {
        List<Object> cells = new ArrayList<>();
        cells.add(scale.question().text(english()));
        for (int count : scale.counts()) {
            cells.add(count);
        }
        cells.add(scale.answered());
        cells.add(scaled(scale.mean(), 2));
        return cells;
    }

    String anonymity(boolean anonymous) {
        return text(anonymous ? "report.survey.anonymous" : "report.survey.named");
    }

    String withheld() {
        return text("survey.report.withheld", CohortSurveys.MIN_ANONYMOUS_RESPONSES);
    }

    boolean english() {
        return "en".equals(locale.getLanguage());
    }

    /** A value as printed: numbers in the reader's convention (a decimal comma in Indonesian), "–" for none. */
    String format(Object value) {
        if (value == null) {
            return NONE;
        }
        if (value instanceof BigDecimal decimal) {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(decimal.scale());
            format.setMaximumFractionDigits(decimal.scale());
            return format.format(decimal);
        }
        return value.toString();
    }

    List<String> formatAll(List<Object> values) {
        return values.stream().map(this::format).toList();
    }

    String date(LocalDate day) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(day);
    }

    static BigDecimal scaled(BigDecimal value, int scale) {
        return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
    }

    static BigDecimal scaled(OptionalDouble value, int scale) {
        return value.isPresent() ? BigDecimal.valueOf(value.getAsDouble()).setScale(scale, RoundingMode.HALF_UP) : null;
    }
}
