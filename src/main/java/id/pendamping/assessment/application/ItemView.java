package id.pendamping.assessment.application;

import id.pendamping.assessment.application.QuizCatalog.ShownItem;
import id.pendamping.assessment.domain.ItemBody;
import id.pendamping.curriculum.domain.LocalizedText;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * One item as the quiz and result pages show it: texts in the reader's language, options in the
 * order fixed for the attempt with their defined indices (what answers refer to), and the saved
 * answer as JSON for the page script. Never the weights or the key.
 */
public record ItemView(int position, String type, String stem, List<Choice> options, List<Choice> lefts,
                       List<Choice> rights, List<Choice> steps, String savedJson, long savedSequence) {

    /** A shown text and the index it has in the item as defined. */
    public record Choice(int index, String text) {
    }

    public static ItemView of(ShownItem shown, Locale locale, String savedJson, long savedSequence) {
        ItemBody body = shown.item().body();
        List<Choice> options = List.of();
        List<Choice> lefts = List.of();
        List<Choice> rights = List.of();
        List<Choice> steps = List.of();
        String type;
        if (body instanceof ItemBody.SingleChoice single) {
            type = "single";
            options = shown(shown.shownOrder(), i -> single.options().get(i).text(), locale);
        } else if (body instanceof ItemBody.MultipleResponse multiple) {
            type = "multiple";
            options = shown(shown.shownOrder(), i -> multiple.options().get(i).text(), locale);
        } else if (body instanceof ItemBody.TrueFalse) {
            type = "truefalse";
        } else if (body instanceof ItemBody.Matching matching) {
            type = "matching";
            lefts = shown(IntStream.range(0, matching.pairs().size()).boxed().toList(), i -> matching.pairs().get(i).left(), locale);
            rights = shown(shown.shownOrder(), i -> matching.pairs().get(i).right(), locale);
        } else if (body instanceof ItemBody.Ordering ordering) {
            type = "ordering";
            steps = shown(shown.shownOrder(), i -> ordering.sequence().get(i), locale);
        } else if (body instanceof ItemBody.Numerical) {
            type = "numerical";
        } else if (body instanceof ItemBody.ShortAnswer) {
            type = "short";
        } else {
            type = "essay";
        }
        return new ItemView(shown.position(), type, shown.item().stem().in(locale), options, lefts, rights, steps,
                savedJson, savedSequence);
    }

    private static List<Choice> shown(List<Integer> order, IntFunction<LocalizedText> text, Locale locale) {
        return order.stream().map(i -> new Choice(i, text.apply(i).in(locale))).toList();
    }

    /** The number shown to people, from 1. */
    public int number() {
        return position + 1;
    }
}
