package id.pendamping.assessment.gift;

import id.pendamping.assessment.domain.CognitiveLevel;
import id.pendamping.assessment.domain.Item;
import id.pendamping.assessment.domain.ItemBody;
import id.pendamping.curriculum.domain.LocalizedText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Converts between the item bank and GIFT questions. A GIFT file holds one language, so an export
 * writes the items in the language asked for, and an import fills both languages with the file's
 * text (to be translated afterwards). What GIFT cannot say travels where Moodle ignores it: the
 * category is "module/topic", the question name is the item id, and comments carry the level and
 * the competency unit. Ordering items have no GIFT form and are left out of an export, by name.
 */
public final class GiftItems {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String LEVEL = "level: ";
    private static final String UNIT = "unit: ";

    /** What an export produced: the questions, and the items GIFT could not express. */
    public record Export(List<GiftQuestion> questions, List<String> skippedItemKeys) {
    }

    private GiftItems() {
    }

    public static Export toGift(List<Item> items, Locale language) {
        List<GiftQuestion> questions = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Item item : items) {
            toGift(item, language).ifPresentOrElse(questions::add, () -> skipped.add(item.key()));
        }
        return new Export(questions, skipped);
    }

    private static Optional<GiftQuestion> toGift(Item item, Locale language) {
        GiftType type = typeOf(item.body());
        if (type == null) {
            return Optional.empty();
        }
        GiftQuestion.Builder question = GiftQuestion.builder(type, item.stem().in(language))
                .category(item.moduleKey() + "/" + item.topic()).name(item.key()).comment(LEVEL + item.level().key());
        if (item.unitCode() != null) {
            question.comment(UNIT + item.unitCode());
        }
        if (item.feedback() != null) {
            question.generalFeedback(item.feedback().in(language));
        }
        ItemBody body = item.body();
        if (body instanceof ItemBody.SingleChoice single) {
            single.options().forEach(o -> question.answer(answer(o, language)));
        } else if (body instanceof ItemBody.MultipleResponse multiple) {
            multiple.options().forEach(o -> question.answer(answer(o, language)));
        } else if (body instanceof ItemBody.TrueFalse trueFalse) {
            question.trueFalse(trueFalse.answer(), text(trueFalse.feedbackTrue(), language),
                    text(trueFalse.feedbackFalse(), language));
        } else if (body instanceof ItemBody.Matching matching) {
            matching.pairs().forEach(p -> question.pair(p.left().in(language), p.right().in(language)));
        } else if (body instanceof ItemBody.ShortAnswer shortAnswer) {
            List<String> accepted = "en".equals(language.getLanguage())
                    ? shortAnswer.accepted().english() : shortAnswer.accepted().indonesian();
            accepted.forEach(a -> question.answer(GiftAnswer.right(a)));
        } else if (body instanceof ItemBody.Numerical numerical) {
            question.numericAnswer(GiftNumericAnswer.of(numerical.answer().toPlainString(), numerical.tolerance().toPlainString()));
        } else if (body instanceof ItemBody.Essay essay && item.feedback() == null) {
            question.generalFeedback(text(essay.guidance(), language));
        }
        return Optional.of(question.build());
    }

    /**
     * Items from GIFT questions, or the problems (by line) that keep the file from being imported.
     * Every question needs a name (the item id) and a "module/topic" category.
     */
    public static List<Item> fromGift(List<GiftQuestion> questions, List<GiftProblem> problems) {
        List<Item> items = new ArrayList<>();
        for (GiftQuestion q : questions) {
            String[] category = q.category() == null ? new String[0] : q.category().split("/");
            if (q.name() == null || q.name().isBlank()) {
                problems.add(new GiftProblem(q.line(), "a question needs a name (::id::), which becomes the item id"));
                continue;
            }
            if (category.length != 2) {
                problems.add(new GiftProblem(q.line(), "a question needs a category \"module/topic\" ($CATEGORY: ...)"));
                continue;
            }
            Optional<ItemBody> body = bodyOf(q);
            if (body.isEmpty()) {
                problems.add(new GiftProblem(q.line(), q.type() + " questions have no item type here"));
                continue;
            }
            CognitiveLevel level = q.comments().stream().filter(c -> c.startsWith(LEVEL))
                    .map(c -> c.substring(LEVEL.length()).strip()).findFirst()
                    .flatMap(CognitiveLevel::byKey).orElse(CognitiveLevel.UNDERSTAND);
            String unit = q.comments().stream().filter(c -> c.startsWith(UNIT))
                    .map(c -> c.substring(UNIT.length()).strip()).findFirst().orElse(null);
            LocalizedText feedback = q.type() == GiftType.ESSAY ? null : both(q.generalFeedback());
            items.add(new Item(q.name(), category[0], category[1], level, unit, true, both(q.stem()), body.get(), feedback));
        }
        return items;
    }

    private static Optional<ItemBody> bodyOf(GiftQuestion q) {
        return switch (q.type()) {
            case MULTIPLE_CHOICE -> Optional.of(new ItemBody.SingleChoice(options(q)));
            case MULTIPLE_RESPONSE -> Optional.of(new ItemBody.MultipleResponse(options(q)));
            case TRUE_FALSE -> Optional.of(new ItemBody.TrueFalse(q.trueFalseAnswer(), both(q.trueFeedback()), both(q.falseFeedback())));
            case MATCHING -> Optional.of(new ItemBody.Matching(q.pairs().stream()
                    .map(p -> new Item.Pair(both(p.left()), both(p.right()))).toList()));
            case SHORT_ANSWER -> {
                List<String> accepted = q.answers().stream().map(GiftAnswer::text).toList();
                yield Optional.of(new ItemBody.ShortAnswer(new Item.Accepted(accepted, accepted)));
            }
            case NUMERICAL -> q.numericAnswers().stream().filter(a -> !a.isAnyOther()).findFirst()
                    .map(a -> new ItemBody.Numerical(a.value(), a.tolerance()));
            case ESSAY -> Optional.of(new ItemBody.Essay(both(q.generalFeedback() == null ? "" : q.generalFeedback())));
            default -> Optional.empty();
        };
    }

    private static List<Item.Option> options(GiftQuestion q) {
        return q.answers().stream().map(a -> new Item.Option(both(a.text()),
                a.weight().divide(HUNDRED, 4, RoundingMode.HALF_UP), both(a.feedback()))).toList();
    }

    private static GiftAnswer answer(Item.Option option, Locale language) {
        BigDecimal percent = option.weight().multiply(HUNDRED);
        return new GiftAnswer(option.text().in(language), percent, text(option.feedback(), language));
    }

    private static GiftType typeOf(ItemBody body) {
        if (body instanceof ItemBody.SingleChoice) {
            return GiftType.MULTIPLE_CHOICE;
        } else if (body instanceof ItemBody.MultipleResponse) {
            return GiftType.MULTIPLE_RESPONSE;
        } else if (body instanceof ItemBody.TrueFalse) {
            return GiftType.TRUE_FALSE;
        } else if (body instanceof ItemBody.Matching) {
            return GiftType.MATCHING;
        } else if (body instanceof ItemBody.ShortAnswer) {
            return GiftType.SHORT_ANSWER;
        } else if (body instanceof ItemBody.Numerical) {
            return GiftType.NUMERICAL;
        } else if (body instanceof ItemBody.Essay) {
            return GiftType.ESSAY;
        }
        return null;
    }

    private static String text(LocalizedText text, Locale language) {
        return text == null ? null : text.in(language);
    }

    private static LocalizedText both(String text) {
        return text == null ? null : new LocalizedText(text, text);
    }
}
