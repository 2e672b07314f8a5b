package id.pendamping.assessment.web;

import id.pendamping.assessment.application.QuizCatalog.ShownItem;
import id.pendamping.assessment.domain.AttemptAnswer;
import id.pendamping.assessment.domain.Item;
import id.pendamping.assessment.domain.ItemBody;
import id.pendamping.assessment.domain.Response;
import id.pendamping.assessment.domain.ResponseCodec;
import id.pendamping.curriculum.domain.LocalizedText;
import id.pendamping.platform.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One item of a finished attempt as its review shows it: the trainee's answer and the right one in
 * words, the score, and the feedback (the chosen option's, then the item's). Only built when the
 * quiz's review policy allows.
 */
public record ReviewItem(int number, String stem, String given, String right, BigDecimal score, List<String> feedback) {

    static ReviewItem of(ShownItem shown, AttemptAnswer saved, Locale locale) {
        Item item = shown.item();
        Response response = saved == null ? null : ResponseCodec.decode(saved.getResponse(), item);
        List<String> feedback = new ArrayList<>();
        String given = "";
        String right;
        ItemBody body = item.body();
        if (body instanceof ItemBody.SingleChoice single) {
            right = texts(single.options().stream().filter(o -> o.weight().signum() > 0).map(Item.Option::text).toList(), locale);
            if (response instanceof Response.Choice choice) {
                Item.Option option = single.options().get(choice.option());
                given = option.text().in(locale);
                addFeedback(feedback, option.feedback(), locale);
            }
        } else if (body instanceof ItemBody.MultipleResponse multiple) {
            right = texts(multiple.options().stream().filter(o -> o.weight().signum() > 0).map(Item.Option::text).toList(), locale);
            if (response instanceof Response.Choices choices) {
                given = texts(choices.options().stream().sorted().map(i -> multiple.options().get(i).text()).toList(), locale);
                choices.options().stream().sorted().forEach(i -> addFeedback(feedback, multiple.options().get(i).feedback(), locale));
            }
        } else if (body instanceof ItemBody.TrueFalse trueFalse) {
            right = Messages.text(locale, trueFalse.answer() ? "quiz.item.true" : "quiz.item.false");
            if (response instanceof Response.TrueFalse value) {
                given = Messages.text(locale, value.value() ? "quiz.item.true" : "quiz.item.false");
                addFeedback(feedback, value.value() ? trueFalse.feedbackTrue() : trueFalse.feedbackFalse(), locale);
            }
        } else if (body instanceof ItemBody.Matching matching) {
            right = matching.pairs().stream().map(p -> p.left().in(locale) + " → " + p.right().in(locale))
                    .collect(Collectors.joining("; "));
            if (response instanceof Response.Matches matches) {
                List<String> pairs = new ArrayList<>();
                for (int left = 0; left < matching.pairs().size(); left++) {
                    int chosen = matches.rightForLeft().get(left);
                    pairs.add(matching.pairs().get(left).left().in(locale) + " → "
                            + (chosen < 0 ? "–" : matching.pairs().get(chosen).right().in(locale)));
                }
                given = String.join("; ", pairs);
            }
        } else if (body instanceof ItemBody.Ordering ordering) {
            right = texts(ordering.sequence(), locale);
            if (response instanceof Response.Order order) {
                given = texts(order.steps().stream().map(i -> ordering.sequence().get(i)).toList(), locale);
            }
        } else if (body instanceof ItemBody.ShortAnswer shortAnswer) {
            right = String.join(" / ", "en".equals(locale.getLanguage()) ? shortAnswer.accepted().english()
                    : shortAnswer.accepted().indonesian());
            given = response instanceof Response.Text text ? text.text() : "";
        } else if (body instanceof ItemBody.Numerical numerical) {
            right = numerical.answer().toPlainString() + " ± " + numerical.tolerance().toPlainString();
            given = response instanceof Response.Number number ? number.value().toPlainString() : "";
        } else {
            right = "";
            given = response instanceof Response.Text text ? text.text() : "";
        }
        addFeedback(feedback, item.feedback(), locale);
        return new ReviewItem(shown.position() + 1, item.stem().in(locale), given, right, shown.score(), feedback);
    }

    private static String texts(List<LocalizedText> texts, Locale locale) {
        return texts.stream().map(t -> t.in(locale)).collect(Collectors.joining(" · "));
    }

    private static void addFeedback(List<String> feedback, LocalizedText text, Locale locale) {
        if (text != null && !text.in(locale).isBlank()) {
            feedback.add(text.in(locale));
        }
    }
}
