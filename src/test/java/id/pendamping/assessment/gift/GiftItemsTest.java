package id.pendamping.assessment.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendamping.assessment.domain.Item;
import id.pendamping.assessment.domain.ItemBankLoader;
import id.pendamping.assessment.domain.ItemBody;
import id.pendamping.curriculum.domain.ModuleLoader;
import id.pendamping.curriculum.infrastructure.DirectoryContentSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The item bank exported to GIFT and imported back gives the same items, in the language exported. */
class GiftItemsTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Test
    void theWholeBankSurvivesARoundTripThroughGift() {
        DirectoryContentSource source = new DirectoryContentSource(Path.of("modules"));
        List<Item> bank = new ItemBankLoader().load(source, new ModuleLoader().load(source));

        GiftItems.Export export = GiftItems.toGift(bank, INDONESIAN);
        String file = GiftWriter.write(export.questions());
        List<GiftProblem> problems = new ArrayList<>();
        List<Item> imported = GiftItems.fromGift(GiftParser.parse(file), problems);

        assertThat(problems).isEmpty();
        assertThat(export.skippedItemKeys()).isNotEmpty().allSatisfy(key -> assertThat(bank.stream()
                .filter(i -> i.key().equals(key)).findFirst().orElseThrow().body()).isInstanceOf(ItemBody.Ordering.class));
        assertThat(imported).hasSize(bank.size() - export.skippedItemKeys().size());
        assertThat(GiftItems.toGift(imported, INDONESIAN).questions()).isEqualTo(export.questions());
        for (Item item : imported) {
            Item original = bank.stream().filter(i -> i.key().equals(item.key())).findFirst().orElseThrow();
            assertThat(item.topic()).isEqualTo(original.topic());
            assertThat(item.level()).isEqualTo(original.level());
            assertThat(item.moduleKey()).isEqualTo(original.moduleKey());
            assertThat(item.body().getClass()).isEqualTo(original.body().getClass());
        }
    }

    @Test
    void aQuestionWithoutNameOrCategoryIsRefusedWithItsLine() {
        String file = "$CATEGORY: m01-konsep-pendampingan/definitions\n\n::m01-x1::Pendamping adalah fasilitator. {T}\n\n"
                + "$CATEGORY: tanpa-topik\n\n::m01-x2::Apa itu PLUT? {=Pusat Layanan Usaha Terpadu}\n";
        List<GiftProblem> problems = new ArrayList<>();
        List<Item> items = GiftItems.fromGift(GiftParser.parse(file), problems);
        assertThat(items).extracting(Item::key).containsExactly("m01-x1");
        assertThat(problems).extracting(GiftProblem::line).containsExactly(7);
    }

    @Test
    void aSyntaxErrorNamesItsLineAndYieldsNothing() {
        String file = "$CATEGORY: m01-konsep-pendampingan/definitions\n\n::m01-x1::Pendamping adalah {T}\n\n"
                + "::m01-x2::Pilih yang benar {\n=satu\n~dua\n";
        assertThatThrownBy(() -> GiftParser.parse(file)).isInstanceOfSatisfying(GiftSyntaxException.class,
                e -> assertThat(e.problems()).extracting(GiftProblem::line).containsExactly(5));
    }
}
