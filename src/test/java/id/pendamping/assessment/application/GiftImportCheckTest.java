package id.pendamping.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendamping.assessment.domain.CognitiveLevel;
import id.pendamping.assessment.domain.Item;
import id.pendamping.assessment.domain.ItemBody;
import id.pendamping.assessment.domain.ItemVersion;
import id.pendamping.assessment.gift.GiftParser;
import id.pendamping.platform.Hashes;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A GIFT file is checked whole before the item bank takes any of it, and each item is stored as text that reads back the same. */
class GiftImportCheckTest {

    private static final Map<String, List<String>> MODULES = Map.of(
            "m01-konsep-pendampingan", List.of("definitions", "goals"),
            "m05-relasi-dampak", List.of("relationship", "impact"));
    private static final Set<String> CONTENT_KEYS = Set.of("m01-content");

    private static final String FILE = String.join("\n",
            "$CATEGORY: m01-konsep-pendampingan/definitions",
            "",
            "// level: recall",
            "::m01-g1::Pendamping adalah fasilitator. {T}",
            "",
            "::m01-g2::Apa kepanjangan PLUT? {=Pusat Layanan Usaha Terpadu}",
            "",
            "$CATEGORY: m01-konsep-pendampingan/goals",
            "",
            "// unit: M.702090.001.01",
            "::m01-g3::Apa tujuan utama pendampingan? {",
            "\t=Kemandirian usaha #Benar.",
            "\t~Ketergantungan pada pendamping",
            "\t~Laporan yang rapi",
            "}",
            "");

    @Test
    void everyQuestionBecomesAnItemWithItsPlaceLevelAndUnit() {
        List<GiftImportCheck.Accepted> accepted = GiftImportCheck.check("bank.gift", FILE, MODULES, CONTENT_KEYS);

        assertThat(accepted).extracting(a -> a.item().key()).containsExactly("m01-g1", "m01-g2", "m01-g3");
        assertThat(accepted).extracting(GiftImportCheck.Accepted::line).containsExactly(4, 6, 11);
        Item first = accepted.get(0).item();
        assertThat(first.moduleKey()).isEqualTo("m01-konsep-pendampingan");
        assertThat(first.topic()).isEqualTo("definitions");
        assertThat(first.level()).isEqualTo(CognitiveLevel.RECALL);
        assertThat(first.body()).isEqualTo(new ItemBody.TrueFalse(true, null, null));
        Item third = accepted.get(2).item();
        assertThat(third.topic()).isEqualTo("goals");
        assertThat(third.unitCode()).isEqualTo("M.702090.001.01");
        assertThat(third.body()).isInstanceOf(ItemBody.SingleChoice.class);
    }

    @Test
    void theStoredTextIsOneQuestionThatTheItemBankReadsBackAsTheSameItem() {
        for (GiftImportCheck.Accepted accepted : GiftImportCheck.check("bank.gift", FILE, MODULES, CONTENT_KEYS)) {
            assertThat(GiftParser.parse(accepted.source())).hasSize(1);
            assertThat(accepted.contentHash()).isEqualTo(Hashes.sha256(accepted.source()));
            Item read = ItemBank.parse(new ItemVersion(accepted.item(), accepted.source(), accepted.contentHash(),
                    ItemVersion.Origin.GIFT, Instant.EPOCH));
            assertThat(read).isEqualTo(accepted.item());
        }
    }

    @Test
    void theSameQuestionGivesTheSameTextAndHashWhateverSurroundsItInTheFile() {
        String alone = "$CATEGORY: m01-konsep-pendampingan/definitions\n\n\n"
                + "::m01-g2::Apa kepanjangan PLUT? {=Pusat Layanan Usaha Terpadu}\n\n\n";
        GiftImportCheck.Accepted inFile = GiftImportCheck.check("bank.gift", FILE, MODULES, CONTENT_KEYS).get(1);
        GiftImportCheck.Accepted onItsOwn = GiftImportCheck.check("other.txt", alone, MODULES, CONTENT_KEYS).get(0);

        assertThat(onItsOwn.source()).isEqualTo(inFile.source());
        assertThat(onItsOwn.contentHash()).isEqualTo(inFile.contentHash());
    }

    @Test
    void aRevisedQuestionGetsAnotherHash() {
        String revised = FILE.replace("Pendamping adalah fasilitator.", "Pendamping adalah fasilitator usaha.");

        String before = GiftImportCheck.check("bank.gift", FILE, MODULES, CONTENT_KEYS).get(0).contentHash();
        String after = GiftImportCheck.check("bank.gift", revised, MODULES, CONTENT_KEYS).get(0).contentHash();

        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void everyProblemOfTheFileIsListedWithItsLineAndNothingIsAccepted() {
        String file = String.join("\n",
                "$CATEGORY: m99-tidak-ada/definitions",
                "",
                "::m99-a::Soal di modul yang tidak ada. {T}",
                "",
                "$CATEGORY: m01-konsep-pendampingan/impact",
                "",
                "::m01-b::Topik ini bukan milik modulnya. {T}",
                "",
                "$CATEGORY: m01-konsep-pendampingan/definitions",
                "",
                "::m01-content::Kunci ini milik berkas konten. {T}",
                "",
                "::m01-b::Kunci yang sama dua kali. {F}",
                "",
                "::kunci dengan spasi::Kunci yang tidak sah. {T}",
                "",
                "::m01-fine::Soal yang benar tetap tidak dimuat. {T}",
                "");

        assertThatThrownBy(() -> GiftImportCheck.check("bank.gift", file, MODULES, CONTENT_KEYS))
                .isInstanceOfSatisfying(InvalidGift.class, invalid -> {
                    assertThat(invalid.problems()).extracting(InvalidGift.Problem::line).containsExactly(3, 7, 11, 13, 15);
                    assertThat(invalid.problems()).extracting(InvalidGift.Problem::messageKey).containsExactly(
                            "gift.problem.moduleUnknown", "gift.problem.topicNotInModule", "gift.problem.keyInContent",
                            "gift.problem.keyRepeated", "gift.problem.keyInvalid");
                    assertThat(invalid.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo("bank.gift"));
                });
    }

    @Test
    void aSyntaxErrorIsReportedAtItsLineWithTheParsersOwnWords() {
        String file = "$CATEGORY: m01-konsep-pendampingan/definitions\n\n::m01-x1::Pendamping adalah {T}\n\n"
                + "::m01-x2::Pilih yang benar {\n=satu\n~dua\n";

        assertThatThrownBy(() -> GiftImportCheck.check("bank.gift", file, MODULES, CONTENT_KEYS))
                .isInstanceOfSatisfying(InvalidGift.class, invalid -> {
                    assertThat(invalid.problems()).extracting(InvalidGift.Problem::line).containsExactly(5);
                    assertThat(invalid.problems().get(0).messageKey()).isEqualTo("gift.problem.syntax");
                    assertThat(invalid.problems().get(0).arguments()).hasSize(1);
                });
    }

    @Test
    void questionsWithoutNameOrCategoryOrAnswerAreRefusedInTheReadersLanguage() {
        String file = String.join("\n",
                "Soal tanpa kategori dan tanpa nama. {T}",
                "",
                "$CATEGORY: m01-konsep-pendampingan/definitions",
                "",
                "Soal tanpa nama. {T}",
                "",
                "::m01-d::Hanya teks, tanpa jawaban.",
                "");

        assertThatThrownBy(() -> GiftImportCheck.check("bank.gift", file, MODULES, CONTENT_KEYS))
                .isInstanceOfSatisfying(InvalidGift.class, invalid ->
                        assertThat(invalid.problems()).extracting(InvalidGift.Problem::messageKey).containsExactly(
                                "gift.problem.noName", "gift.problem.noName", "gift.problem.description"));
    }

    @Test
    void anEmptyOrBinaryFileIsRefusedAsAWhole() {
        assertThatThrownBy(() -> GiftImportCheck.check("kosong.gift", "  \n\n", MODULES, CONTENT_KEYS))
                .isInstanceOfSatisfying(InvalidGift.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidGift.Problem::messageKey).containsExactly("gift.problem.empty"));
        assertThatThrownBy(() -> GiftImportCheck.check("gambar.gift", "PNG\u0000\u0001", MODULES, CONTENT_KEYS))
                .isInstanceOfSatisfying(InvalidGift.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidGift.Problem::messageKey).containsExactly("gift.problem.notText"));
    }

    @Test
    void problemsReadAsFileColonLineColonMessage() {
        InvalidGift.Problem problem = new InvalidGift.Problem("bank.gift", 1024, "gift.problem.keyInContent", List.of("m01-a"));
        InvalidGift.Problem whole = new InvalidGift.Problem("bank.gift", 0, "gift.problem.empty", List.of());

        assertThat(problem.describe(Locale.ENGLISH)).startsWith("bank.gift:1024: ").contains("m01-a");
        assertThat(problem.describe(Locale.forLanguageTag("id"))).startsWith("bank.gift:1024: ").contains("m01-a");
        assertThat(whole.describe(Locale.ENGLISH)).startsWith("bank.gift: ").doesNotContain("???");
    }

    @Test
    void theFileNameLosesAnyFolderTheBrowserSent() {
        assertThat(GiftImportCheck.displayName("C:\\Users\\guru\\bank.gift")).isEqualTo("bank.gift");
        assertThat(GiftImportCheck.displayName("/tmp/bank.gift")).isEqualTo("bank.gift");
        assertThat(GiftImportCheck.displayName(null)).isEqualTo("GIFT");
    }
}
