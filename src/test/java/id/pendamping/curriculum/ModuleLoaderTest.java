package id.pendamping.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendamping.curriculum.domain.ContentProblem;
import id.pendamping.curriculum.domain.Curriculum;
import id.pendamping.curriculum.domain.InvalidContent;
import id.pendamping.curriculum.domain.LessonDefinition;
import id.pendamping.curriculum.domain.ModuleDefinition;
import id.pendamping.curriculum.domain.ModuleLoader;
import id.pendamping.curriculum.domain.Topic;
import id.pendamping.curriculum.infrastructure.DirectoryContentSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import id.pendamping.testing.ContentFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The curriculum in modules/ loads without a single error and covers all ten topics in both
 * languages; broken copies of it are refused with the file and line of each problem.
 */
class ModuleLoaderTest {

    private static final Path MODULES = Path.of("modules");

    @TempDir
    Path temp;

    @Test
    void everyFileUnderModulesLoads() {
        Curriculum curriculum = new ModuleLoader().load(new DirectoryContentSource(MODULES));
        assertThat(curriculum.modules()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(curriculum.programmes()).isNotEmpty();
        for (ModuleDefinition module : curriculum.modules()) {
            assertThat(module.lessons()).as(module.key()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(module.objectives()).as(module.key()).isNotEmpty();
        }
    }

    @Test
    void allTenTopicsArePresentInBothLanguages() {
        Curriculum curriculum = new ModuleLoader().load(new DirectoryContentSource(MODULES));
        Set<Topic> indonesian = EnumSet.noneOf(Topic.class);
        Set<Topic> english = EnumSet.noneOf(Topic.class);
        for (ModuleDefinition module : curriculum.modules()) {
            for (LessonDefinition lesson : module.lessons()) {
                if (words(lesson.htmlIndonesian()) > 150) {
                    indonesian.add(lesson.topic());
                }
                if (words(lesson.htmlEnglish()) > 150) {
                    english.add(lesson.topic());
                }
            }
        }
        assertThat(indonesian).containsExactlyInAnyOrder(Topic.values());
        assertThat(english).containsExactlyInAnyOrder(Topic.values());
    }

    @Test
    void eachModuleOpensWithObjectivesAndClosesWithASummary() {
        Curriculum curriculum = new ModuleLoader().load(new DirectoryContentSource(MODULES));
        for (ModuleDefinition module : curriculum.modules()) {
            List<LessonDefinition> lessons = module.lessons();
            assertThat(lessons.get(lessons.size() - 1).title().getIndonesian()).as(module.key()).containsIgnoringCase("rangkuman");
            assertThat(lessons.get(lessons.size() - 1).title().getEnglish()).as(module.key()).containsIgnoringCase("summary");
        }
    }

    @Test
    void lessonHtmlIsSanitised() throws IOException {
        Path copy = copyOfModules();
        Path lesson = copy.resolve("m01-konsep-pendampingan/lessons/02-pengertian-pendampingan.en.md");
        Files.writeString(lesson, Files.readString(lesson) + "\n[click](javascript:alert(1))\n");
        Curriculum curriculum = new ModuleLoader().load(new DirectoryContentSource(copy));
        String html = curriculum.modules().get(0).lessons().get(1).htmlEnglish();
        assertThat(html).doesNotContain("javascript:");
    }

    @Test
    void aBrokenFileIsReportedWithFileAndLineAndNothingLoads() throws IOException {
        Path copy = copyOfModules();
        Path lesson = copy.resolve("m02-prinsip-pendekatan/lessons/03-tiga-prinsip.md");
        List<String> lines = Files.readAllLines(lesson);
        int jpLine = lineStartingWith(lines, "jp:");
        lines.set(jpLine, "jp: banyak");
        Files.write(lesson, lines);
        assertThatThrownBy(() -> new ModuleLoader().load(new DirectoryContentSource(copy)))
                .isInstanceOfSatisfying(InvalidContent.class, invalid -> assertThat(invalid.problems())
                        .extracting(ContentProblem::toString)
                        .contains("m02-prinsip-pendekatan/lessons/03-tiga-prinsip.md:" + (jpLine + 1)
                                + ": jp must be a positive number of lesson hours up to 8 with at most one decimal, not 'banyak'"));
    }

    @Test
    void everyProblemIsListedNotJustTheFirst() throws IOException {
        Path copy = copyOfModules();
        Files.writeString(copy.resolve("m01-konsep-pendampingan/module.yaml"), "id: m01-konsep-pendampingan\norder: [\n");
        Files.delete(copy.resolve("m03-teknik-fungsi/lessons/04-fungsi-pendampingan.en.md"));
        Path lesson = copy.resolve("m05-relasi-dampak/lessons/02-perencanaan-monitoring.md");
        Files.writeString(lesson, Files.readString(lesson).replaceFirst("topic: \\S+", "topic: astrologi"));
        assertThatThrownBy(() -> new ModuleLoader().load(new DirectoryContentSource(copy)))
                .isInstanceOfSatisfying(InvalidContent.class, invalid -> {
                    List<String> problems = invalid.problems().stream().map(ContentProblem::toString).toList();
                    assertThat(problems).anyMatch(p -> p.startsWith("m01-konsep-pendampingan/module.yaml:") && p.contains("not valid YAML"));
                    assertThat(problems).anyMatch(p -> p.startsWith("m03-teknik-fungsi/lessons/04-fungsi-pendampingan.md:1:")
                            && p.contains("English version"));
                    assertThat(problems).anyMatch(p -> p.startsWith("m05-relasi-dampak/lessons/02-perencanaan-monitoring.md:")
                            && p.contains("unknown topic 'astrologi'"));
                });
    }

    @Test
    void duplicateIdsUnknownPrerequisitesAndRawHtmlAreRefused() throws IOException {
        Path copy = copyOfModules();
        Path second = copy.resolve("m01-konsep-pendampingan/lessons/02-pengertian-pendampingan.md");
        Files.writeString(second, Files.readString(second).replaceFirst("id: m01-l02", "id: m01-l01")
                + "\n<script>alert(1)</script>\n");
        Path module = copy.resolve("m02-prinsip-pendekatan/module.yaml");
        Files.writeString(module, Files.readString(module).replace("[m01-konsep-pendampingan]", "[m99-tidak-ada]"));
        assertThatThrownBy(() -> new ModuleLoader().load(new DirectoryContentSource(copy)))
                .isInstanceOfSatisfying(InvalidContent.class, invalid -> {
                    String all = invalid.problems().stream().map(ContentProblem::toString).collect(Collectors.joining("\n"));
                    assertThat(all).contains("lesson id 'm01-l01' is already used by")
                            .contains("prerequisite 'm99-tidak-ada' is not a module")
                            .contains("raw HTML is not allowed");
                });
    }

    @Test
    void contentHashChangesOnlyWithTheLesson() throws IOException {
        Path copy = copyOfModules();
        Curriculum before = new ModuleLoader().load(new DirectoryContentSource(copy));
        Path lesson = copy.resolve("m01-konsep-pendampingan/lessons/03-definisi-para-ahli.md");
        Files.writeString(lesson, Files.readString(lesson) + "\nTambahan kalimat.\n");
        Curriculum after = new ModuleLoader().load(new DirectoryContentSource(copy));
        List<LessonDefinition> a = before.modules().get(0).lessons();
        List<LessonDefinition> b = after.modules().get(0).lessons();
        assertThat(b.get(2).contentHash()).isNotEqualTo(a.get(2).contentHash());
        assertThat(b.get(1).contentHash()).isEqualTo(a.get(1).contentHash());
        assertThat(after.modules().get(0).contentHash()).isNotEqualTo(before.modules().get(0).contentHash());
        assertThat(after.modules().get(1).contentHash()).isEqualTo(before.modules().get(1).contentHash());
    }

    private Path copyOfModules() throws IOException {
        return ContentFiles.copyOfModules(temp);
    }

    private static int lineStartingWith(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + prefix);
    }

    private static int words(String html) {
        return html.replaceAll("<[^>]+>", " ").trim().split("\\s+").length;
    }
}
