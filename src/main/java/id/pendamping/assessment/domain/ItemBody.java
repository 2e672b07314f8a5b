package id.pendamping.assessment.domain;

import id.pendamping.curriculum.domain.LocalizedText;
import java.math.BigDecimal;
import java.util.List;

/** The answer key of an item, one kind per item type. */
public sealed interface ItemBody {

    /** Exactly one option weighs 1. */
    record SingleChoice(List<Item.Option> options) implements ItemBody {
    }

    /** Right options weigh a share of 1, wrong ones a negative weight, so ticking everything does not pay. */
    record MultipleResponse(List<Item.Option> options) implements ItemBody {
    }

    record TrueFalse(boolean answer, LocalizedText feedbackTrue, LocalizedText feedbackFalse) implements ItemBody {
    }

    /** Each left is matched with its own right; the rights are shown shuffled. */
    record Matching(List<Item.Pair> pairs) implements ItemBody {
    }

    /** The steps in their right order; shown shuffled. */
    record Ordering(List<LocalizedText> sequence) implements ItemBody {
    }

    record ShortAnswer(Item.Accepted accepted) implements ItemBody {
    }

    /** A number within a tolerance (GIFT's numerical questions). */
    record Numerical(BigDecimal answer, BigDecimal tolerance) implements ItemBody {
    }

    /** Scored later by an assessor, with guidance. */
    record Essay(LocalizedText guidance) implements ItemBody {
    }
}
