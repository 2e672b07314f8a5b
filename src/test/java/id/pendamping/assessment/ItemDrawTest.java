package id.pendamping.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendamping.assessment.domain.Blueprint;
import id.pendamping.assessment.domain.CognitiveLevel;
import id.pendamping.assessment.domain.DrawnItem;
import id.pendamping.assessment.domain.Item;
import id.pendamping.assessment.domain.ItemBankLoader;
import id.pendamping.assessment.domain.ItemBody;
import id.pendamping.assessment.domain.ItemDraw;
import id.pendamping.curriculum.domain.ModuleLoader;
import id.pendamping.curriculum.infrastructure.DirectoryContentSource;
import id.pendamping.testing.ContentFiles;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Drawing attempts from the real item bank by a blueprint. */
class ItemDrawTest {

    private static final List<Item> BANK = bank();
    private static final Blueprint POST_TEST = new Blueprint(List.of(
            new Blueprint.Rule("definitions", null, 2),
            new Blueprint.Rule("principles", CognitiveLevel.APPLY, 3),
            new Blueprint.Rule("functions", null, 2),
            new Blueprint.Rule("impact", CognitiveLevel.APPLY, 3)));

    @Test
    void drawsTheBlueprintsShapeWithoutRepeatingAnItem() {
        List<DrawnItem> attempt = ItemDraw.draw(POST_TEST, BANK, new Random(1));
        assertThat(attempt).hasSize(10);
        assertThat(attempt).extracting(d -> d.item().key()).doesNotHaveDuplicates();
        assertThat(attempt).extracting(DrawnItem::position).containsExactlyElementsOf(IntStream.range(0, 10).boxed().toList());
        assertThat(attempt.stream().filter(d -> d.item().topic().equals("principles")))
                .hasSize(3).allSatisfy(d -> assertThat(d.item().level()).isEqualTo(CognitiveLevel.APPLY));
    }

    @Test
    void theSameSeedGivesTheSameAttemptAndAnotherSeedAnotherOne() {
        List<String> first = keys(ItemDraw.draw(POST_TEST, BANK, new Random(42)));
        assertThat(keys(ItemDraw.draw(POST_TEST, BANK, new Random(42)))).isEqualTo(first);
        assertThat(keys(ItemDraw.draw(POST_TEST, BANK, new Random(43)))).isNotEqualTo(first);
    }

    @Test
    void optionOrdersArePermutationsAndOrderingStepsAreNeverShownInTheirRightOrder() {
        for (int seed = 0; seed < 50; seed++) {
            for (DrawnItem drawn : ItemDraw.draw(new Blueprint(List.of(new Blueprint.Rule("programme-cycle", null, 10))),
                    BANK, new Random(seed))) {
                ItemBody body = drawn.item().body();
                if (body instanceof ItemBody.SingleChoice single) {
                    assertThat(drawn.shownOrder()).containsExactlyInAnyOrderElementsOf(
                            IntStream.range(0, single.options().size()).boxed().toList());
                }
                if (body instanceof ItemBody.Ordering) {
                    assertThat(drawn.shownOrder()).isNotEqualTo(IntStream.range(0, drawn.shownOrder().size()).boxed().toList());
                }
            }
        }
    }

    @Test
    void aRuleTheBankCannotFillIsRefused() {
        Blueprint tooMany = new Blueprint(List.of(new Blueprint.Rule("goals", CognitiveLevel.RECALL, 50)));
        assertThatThrownBy(() -> ItemDraw.draw(tooMany, BANK, new Random(1)))
                .isInstanceOfSatisfying(ItemDraw.NotEnoughItems.class, e -> assertThat(e.rule().count()).isEqualTo(50));
    }

    private static List<String> keys(List<DrawnItem> attempt) {
        return attempt.stream().map(d -> d.item().key() + d.shownOrder()).toList();
    }

    private static List<Item> bank() {
        DirectoryContentSource source = new DirectoryContentSource(ContentFiles.MODULES);
        return new ItemBankLoader().load(source, new ModuleLoader().load(source));
    }
}
