package id.pendamping.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendamping.assessment.domain.CognitiveLevel;
import id.pendamping.assessment.domain.Item;
import id.pendamping.assessment.domain.ItemBankLoader;
import id.pendamping.assessment.domain.ItemBody;
import id.pendamping.curriculum.domain.ContentProblem;
import id.pendamping.curriculum.domain.Curriculum;
import id.pendamping.curriculum.domain.InvalidContent;
import id.pendamping.curriculum.domain.ModuleLoader;
import id.pendamping.curriculum.domain.Topic;
import id.pendamping.curriculum.infrastructure.DirectoryContentSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import id.pendamping.testing.ContentFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The item bank under modules/ is valid item by item, and covers every topic well enough to draw quizzes from. */
class ItemBankLoaderTest {

    private static final Path MODULES = Path.of("modules");

    @TempDir
    Path temp;

    @Test
    void everyItemLoadsAndEveryTopicHasAtLeastTenItems() {
        List<Item> items = load(MODULES);
        Map<String, Long> perTopic = items.stream().collect(Collectors.groupingBy(Item::topic, Collectors.counting()));
        for (Topic topic : Topic.values()) {
            assertThat(perTopic.getOrDefault(topic.key(), 0L)).as(topic.key()).isGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void mostItemsAreScenariosAndEveryTypeIsUsed() {
        List<Item> items = load(MODULES);
        long apply = items.stream().filter(i -> i.level() == CognitiveLevel.APPLY).count();
        assertThat(apply * 2).as("apply-level (scenario) items are the majority").isGreaterThan(items.size());
        assertThat(items.stream().map(i -> i.body().getClass()).distinct().count())
                .isEqualTo(Arrays.stream(ItemBody.class.getPermittedSubclasses())
                        .filter(c -> c != ItemBody.Numerical.class).count());
        assertThat(items).allSatisfy(i -> {
            assertThat(i.stem().getIndonesian()).isNotBlank();
            assertThat(i.stem().getEnglish()).isNotBlank();
        });
    }

    @Test
    void brokenItemsAreReportedWithFileAndLineAndNothingLoads() throws IOException {
        Path copy = copyOfModules();
        Path file = copy.resolve("m01-konsep-pendampingan/items.yaml");
        List<String> lines = Files.readAllLines(file);
        int firstWeight = -1;
        for (int i = 0; i < lines.size() && firstWeight < 0; i++) {
            if (lines.get(i).strip().equals("weight: 1")) {
                firstWeight = i;
            }
        }
        lines.set(firstWeight, lines.get(firstWeight).replace("weight: 1", "weight: 0"));
        int level = lines.indexOf(lines.stream().filter(l -> l.strip().startsWith("level:")).findFirst().orElseThrow());
        lines.set(level, "  level: hafalan");
        Files.write(file, lines);
        assertThatThrownBy(() -> load(copy)).isInstanceOfSatisfying(InvalidContent.class, invalid -> {
            List<String> problems = invalid.problems().stream().map(ContentProblem::toString).toList();
            assertThat(problems).anyMatch(p -> p.startsWith("m01-konsep-pendampingan/items.yaml:")
                    && p.contains("exactly one option with weight 1"));
            assertThat(problems).contains("m01-konsep-pendampingan/items.yaml:" + (level + 1)
                    + ": level must be recall, understand or apply, not 'hafalan'");
        });
    }

    private static List<Item> load(Path modules) {
        DirectoryContentSource source = new DirectoryContentSource(modules);
        Curriculum curriculum = new ModuleLoader().load(source);
        return new ItemBankLoader().load(source, curriculum);
    }

    private Path copyOfModules() throws IOException {
        return ContentFiles.copyOfModules(temp);
    }
}
