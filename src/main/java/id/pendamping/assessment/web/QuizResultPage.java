package id.pendamping.assessment.web;

import id.pendamping.assessment.application.QuizCatalog;
import id.pendamping.assessment.application.QuizCatalog.AttemptView;
import id.pendamping.assessment.application.QuizCatalog.ShownItem;
import id.pendamping.platform.web.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * /learn/result.xhtml?a=ATTEMPT: score, pass or fail, who closed the attempt (the trainee, or the
 * server at the deadline), the breakdown per topic and, when the quiz allows, the review.
 * An attempt still in progress goes back to the quiz page.
 */
@Named
@RequestScoped
public class QuizResultPage {

    @Inject
    QuizCatalog catalog;

    @Inject
    Language language;

    private Long attempt;
    private AttemptView view;

    /** Points over items of one topic, as a percentage. */
    public record TopicScore(String topic, int items, BigDecimal percent) {
    }

    public void load() throws IOException {
        view = catalog.view(attempt);
        if (view.attempt().isOpen()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/learn/quiz.xhtml?a=" + attempt);
        }
    }

    public List<TopicScore> getTopics() {
        Map<String, BigDecimal[]> byTopic = new LinkedHashMap<>();
        for (ShownItem item : view.items()) {
            if (item.score() == null) {
                continue;
            }
            BigDecimal[] sum = byTopic.computeIfAbsent(item.item().topic(), t -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add(item.score());
            sum[1] = sum[1].add(BigDecimal.ONE);
        }
        List<TopicScore> topics = new ArrayList<>();
        byTopic.forEach((topic, sum) -> topics.add(new TopicScore(topic, sum[1].intValue(),
                sum[0].multiply(BigDecimal.valueOf(100)).divide(sum[1], 0, RoundingMode.HALF_UP))));
        return topics;
    }

    public List<ReviewItem> getReview() {
        if (!view.reviewAllowed()) {
            return List.of();
        }
        return view.items().stream().map(i -> ReviewItem.of(i, view.answers().get(i.position()), language.getLocale())).toList();
    }

    public AttemptView getView() {
        return view;
    }

    public String getTitle() {
        return view == null ? "" : view.quiz().title(language.getLocale());
    }

    public Long getAttempt() {
        return attempt;
    }

    public void setAttempt(Long attempt) {
        this.attempt = attempt;
    }
}
