package id.pendamping.assessment.web.manage;

import id.pendamping.assessment.application.QuizStatisticsReport;
import id.pendamping.assessment.domain.CognitiveLevel;
import id.pendamping.assessment.statistics.ItemStatistics;
import id.pendamping.assessment.statistics.QuizStatistics;
import id.pendamping.assessment.statistics.Reliability;
import id.pendamping.assessment.statistics.ReviewFlag;
import id.pendamping.assessment.statistics.ScoreBand;
import id.pendamping.assessment.statistics.ScoreDistribution;
import id.pendamping.platform.InvalidInput;
import id.pendamping.platform.web.FacesMessages;
import id.pendamping.platform.web.Language;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * /manage/quiz-statistics.xhtml?c=COHORT&amp;q=QUIZ: item statistics of one quiz of a cohort. The
 * figures are read once when the page opens and kept as plain values for the view, so sorting and
 * paging the item table do not recompute them.
 */
@Named
@ViewScoped
public class QuizStatisticsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient QuizStatisticsReport reports;

    @Inject
    transient Language language;

    private Long c;
    private String q;
    private String cohortName;
    private final List<QuizOption> quizzes = new ArrayList<>();
    private Summary summary;
    private final List<TopicRow> topics = new ArrayList<>();
    private final List<BandRow> bands = new ArrayList<>();
    private final List<ItemRow> items = new ArrayList<>();

    /** A quiz of the cohort's programme, for the selector. */
    public record QuizOption(String code, String title) implements Serializable {
    }

    public void load() throws IOException {
        if (c == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
            return;
        }
        Locale locale = language.getLocale();
        QuizStatisticsReport.CohortQuizzes cohort = reports.quizzesOf(c);
        cohortName = cohort.cohort().getName();
        quizzes.clear();
        cohort.quizzes().forEach(quiz -> quizzes.add(new QuizOption(quiz.getCode(), quiz.title(locale))));
        if ((q == null || q.isBlank()) && !quizzes.isEmpty()) {
            q = quizzes.get(0).code();
        }
        if (q == null || q.isBlank()) {
            return;
        }
        try {
            show(reports.report(c, q), locale);
        } catch (InvalidInput invalid) {
            FacesMessages.error(invalid.messageKey(), invalid.arguments());
        }
    }

    /** The selector's button: the chosen quiz's own address, so it can be bookmarked and shared. */
    public String choose() {
        return "/manage/quiz-statistics.xhtml?faces-redirect=true&c=" + c + "&q=" + URLEncoder.encode(q == null ? "" : q,
                StandardCharsets.UTF_8);
    }

    private void show(QuizStatisticsReport.Report report, Locale locale) {
        summary = null;
        topics.clear();
        bands.clear();
        items.clear();
        String title = report.quiz().title(locale);
        if (report.statistics().isEmpty()) {
            summary = new Summary(title, report.gradedAttempts(), report.attemptsCounted(), false, null, null, null,
                    null, 0, 0, AlphaReading.NOT_COMPUTABLE.name());
            return;
        }
        QuizStatistics statistics = report.statistics().get();
        ScoreDistribution distribution = statistics.distribution();
        Reliability quiz = statistics.reliability();
        summary = new Summary(title, report.gradedAttempts(), report.attemptsCounted(), true,
                value(distribution.mean()), value(distribution.median()), value(distribution.standardDeviation()),
                value(quiz.alpha()), quiz.itemCount(), quiz.attemptsUsed(), AlphaReading.of(quiz).name());
        for (Map.Entry<String, Reliability> topic : statistics.reliabilityByTopic().entrySet()) {
            Reliability reliability = topic.getValue();
            topics.add(new TopicRow(topic.getKey(), reliability.itemCount(), reliability.attemptsUsed(),
                    value(reliability.alpha()), AlphaReading.of(reliability).name()));
        }
        int largest = Math.max(1, distribution.bands().stream().mapToInt(ScoreBand::attempts).max().orElse(0));
        for (ScoreBand band : distribution.bands()) {
            bands.add(new BandRow(band.fromPercent(), band.toPercent(), band.attempts(), largest));
        }
        for (ItemStatistics item : statistics.items()) {
            CognitiveLevel level = report.levelByItemKey().get(item.itemKey());
            items.add(new ItemRow(item.itemKey(), item.item().topic(), level == null ? null : level.key(), item.attempts(),
                    value(item.facility()), value(item.correctedItemTotalCorrelation()),
                    value(item.upperLowerDiscrimination()), item.flags().stream().map(ReviewFlag::name).toList()));
        }
    }

    private static Double value(OptionalDouble figure) {
        return figure.isPresent() ? figure.getAsDouble() : null;
    }

    /** Every flag, for the legend that explains them in words. */
    public List<String> getAllFlags() {
        return Arrays.stream(ReviewFlag.values()).map(ReviewFlag::name).toList();
    }

    public int getItemsToReview() {
        return (int) items.stream().filter(item -> !item.getFlags().isEmpty()).count();
    }

    public String getCohortName() {
        return cohortName;
    }

    public List<QuizOption> getQuizzes() {
        return quizzes;
    }

    public Summary getSummary() {
        return summary;
    }

    public List<TopicRow> getTopics() {
        return topics;
    }

    public List<BandRow> getBands() {
        return bands;
    }

    public List<ItemRow> getItems() {
        return items;
    }

    public Long getC() {
        return c;
    }

    public void setC(Long c) {
        this.c = c;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    /**
     * The quiz as a whole. Figures are null when they cannot be computed (shown as a dash, never 0);
     * {@code available} is false when too few attempts count for any figure.
     */
    public static final class Summary implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String quizTitle;
        private final int gradedAttempts;
        private final int attemptsCounted;
        private final boolean available;
        private final Double mean;
        private final Double median;
        private final Double standardDeviation;
        private final Double alpha;
        private final int alphaItems;
        private final int alphaAttempts;
        private final String alphaReading;

        Summary(String quizTitle, int gradedAttempts, int attemptsCounted, boolean available, Double mean, Double median,
                Double standardDeviation, Double alpha, int alphaItems, int alphaAttempts, String alphaReading) {
            this.quizTitle = quizTitle;
            this.gradedAttempts = gradedAttempts;
            this.attemptsCounted = attemptsCounted;
            this.available = available;
            this.mean = mean;
            this.median = median;
            this.standardDeviation = standardDeviation;
            this.alpha = alpha;
            this.alphaItems = alphaItems;
            this.alphaAttempts = alphaAttempts;
            this.alphaReading = alphaReading;
        }

        public String getQuizTitle() {
            return quizTitle;
        }

        public int getGradedAttempts() {
            return gradedAttempts;
        }

        public int getAttemptsCounted() {
            return attemptsCounted;
        }

        public boolean isAvailable() {
            return available;
        }

        public Double getMean() {
            return mean;
        }

        public Double getMedian() {
            return median;
        }

        public Double getStandardDeviation() {
            return standardDeviation;
        }

        public Double getAlpha() {
            return alpha;
        }

        public int getAlphaItems() {
            return alphaItems;
        }

        public int getAlphaAttempts() {
            return alphaAttempts;
        }

        public String getAlphaReading() {
            return alphaReading;
        }
    }

    /** Alpha of one topic. */
    public static final class TopicRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String topic;
        private final int itemCount;
        private final int attemptsUsed;
        private final Double alpha;
        private final String reading;

        TopicRow(String topic, int itemCount, int attemptsUsed, Double alpha, String reading) {
            this.topic = topic;
            this.itemCount = itemCount;
            this.attemptsUsed = attemptsUsed;
            this.alpha = alpha;
            this.reading = reading;
        }

        public String getTopic() {
            return topic;
        }

        public int getItemCount() {
            return itemCount;
        }

        public int getAttemptsUsed() {
            return attemptsUsed;
        }

        public Double getAlpha() {
            return alpha;
        }

        public String getReading() {
            return reading;
        }
    }

    /** One band of the score distribution, with the largest band's count to scale its bar. */
    public static final class BandRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final int from;
        private final int to;
        private final int attempts;
        private final int largest;

        BandRow(int from, int to, int attempts, int largest) {
            this.from = from;
            this.to = to;
            this.attempts = attempts;
            this.largest = largest;
        }

        public int getFrom() {
            return from;
        }

        public int getTo() {
            return to;
        }

        public int getAttempts() {
            return attempts;
        }

        public int getLargest() {
            return largest;
        }

        /** The last band also holds 100 %, so its label says "to 100" inclusive. */
        public boolean isLast() {
            return to >= 100;
        }
    }

    /** One item's line in the table: getters, so the table can sort by each column. */
    public static final class ItemRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String itemKey;
        private final String topic;
        private final String level;
        private final int attempts;
        private final Double facility;
        private final Double discrimination;
        private final Double upperLower;
        private final List<String> flags;

        ItemRow(String itemKey, String topic, String level, int attempts, Double facility, Double discrimination,
                Double upperLower, List<String> flags) {
            this.itemKey = itemKey;
            this.topic = topic;
            this.level = level;
            this.attempts = attempts;
            this.facility = facility;
            this.discrimination = discrimination;
            this.upperLower = upperLower;
            this.flags = List.copyOf(flags);
        }

        public String getItemKey() {
            return itemKey;
        }

        public String getTopic() {
            return topic;
        }

        public String getLevel() {
            return level;
        }

        public int getAttempts() {
            return attempts;
        }

        public Double getFacility() {
            return facility;
        }

        public Double getDiscrimination() {
            return discrimination;
        }

        public Double getUpperLower() {
            return upperLower;
        }

        public List<String> getFlags() {
            return flags;
        }

        /** The number of flags, to sort the items that most need a look first. */
        public int getFlagCount() {
            return flags.size();
        }
    }
}
