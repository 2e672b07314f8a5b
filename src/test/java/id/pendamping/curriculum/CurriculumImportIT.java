package id.pendamping.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.curriculum.application.Catalogue;
import id.pendamping.curriculum.application.CurriculumImport;
import id.pendamping.curriculum.application.CurriculumStore;
import id.pendamping.curriculum.domain.CurriculumImportRecord;
import id.pendamping.curriculum.domain.CurriculumLesson;
import id.pendamping.curriculum.domain.CurriculumModule;
import id.pendamping.curriculum.domain.Programme;
import id.pendamping.curriculum.infrastructure.CurriculumStartup;
import id.pendamping.curriculum.infrastructure.DirectoryContentSource;
import id.pendamping.curriculum.infrastructure.WarContentSource;
import id.pendamping.testing.Deployments;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The curriculum import on the server, against the real database: a broken file at start-up is
 * reported with file and line and the curriculum in service stays; a changed lesson becomes a new
 * version while unchanged lessons keep theirs, so progress on them stands.
 */
@ExtendWith(ArquillianExtension.class)
class CurriculumImportIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(CurriculumImportIT.class, Deployments.class)
                .addPackages(true, "org.assertj");
    }

    @Inject
    CurriculumImport curriculumImport;

    @Inject
    CurriculumStartup startup;

    @Inject
    Catalogue catalogue;

    @Inject
    CurriculumStore store;

    @ArquillianResource
    ServletContext servletContext;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    @AfterEach
    void restoreTheShippedCurriculum() {
        System.clearProperty(CurriculumStartup.DIRECTORY_PROPERTY);
        curriculumImport.importFrom(new WarContentSource(servletContext), CurriculumImportRecord.Trigger.STARTUP, null);
    }

    @Test
    void aBrokenFileAtStartUpIsReportedAndTheCurriculumInServiceStays() throws IOException {
        Map<String, CurriculumModule> before = modules();
        List<CurriculumLesson> lessonsBefore = catalogue.lessons("m01-konsep-pendampingan");
        Path copy = copyOfShippedModules();
        Path module = copy.resolve("m01-konsep-pendampingan/module.yaml");
        Files.writeString(module, Files.readString(module).replace("order: 1", "order: satu"));

        System.setProperty(CurriculumStartup.DIRECTORY_PROPERTY, copy.toString());
        startup.importAtStartup(servletContext);
        CurriculumImportRecord record = store.recentImports(1).get(0);

        assertThat(record.getOutcome()).isEqualTo("REJECTED");
        assertThat(record.getTrigger()).isEqualTo("STARTUP");
        assertThat(record.getProblems()).contains("m01-konsep-pendampingan/module.yaml:2: 'order' must be a whole number, not 'satu'");
        assertThat(modules().keySet()).isEqualTo(before.keySet());
        modules().forEach((key, m) -> assertThat(m.getContentHash()).isEqualTo(before.get(key).getContentHash()));
        assertThat(catalogue.lessons("m01-konsep-pendampingan")).extracting(CurriculumLesson::getId)
                .isEqualTo(lessonsBefore.stream().map(CurriculumLesson::getId).toList());
    }

    @Test
    void theCompetenceStandardsComeWithTheCurriculumAndABrokenSchemeStopsTheImport() throws IOException {
        assertThat(count("select count(*) from competency_unit where active and scheme_code = 'SKM-PDP-SOS-01'")).isEqualTo(6);
        assertThat(count("select count(*) from competency_element e join competency_unit u on u.code = e.unit_code "
                + "where u.scheme_code = 'SKM-PDP-SOS-01'")).isEqualTo(19);
        long criteria = count("select count(*) from performance_criterion");
        assertThat(criteria).isGreaterThanOrEqualTo(62);

        Path copy = copyOfShippedModules();
        Path scheme = copy.resolve("standards/skema-pendamping-sosial.yaml");
        List<String> lines = Files.readAllLines(scheme);
        int line = lines.indexOf(lines.stream().filter(l -> l.strip().equals("- code: \"1.2\"")).findFirst().orElseThrow());
        lines.set(line, lines.get(line).replace("\"1.2\"", "\"9.9\""));
        Files.write(scheme, lines);

        CurriculumImportRecord record = curriculumImport.importFrom(new DirectoryContentSource(copy),
                CurriculumImportRecord.Trigger.MANUAL, "test");

        assertThat(record.getOutcome()).isEqualTo("REJECTED");
        assertThat(record.getProblems()).contains("standards/skema-pendamping-sosial.yaml:" + (line + 1)
                + ": criterion code 9.9 must be 1.<n>");
        assertThat(count("select count(*) from performance_criterion where code = '9.9'")).isZero();
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    @Test
    void aBrokenItemInTheItemBankStopsTheWholeImport() throws IOException {
        Path copy = copyOfShippedModules();
        Path lesson = copy.resolve("m01-konsep-pendampingan/lessons/03-definisi-para-ahli.md");
        Files.writeString(lesson, Files.readString(lesson) + "\nPerubahan yang tidak boleh masuk.\n");
        Path items = copy.resolve("m04-tugas-siklus-program/items.yaml");
        List<String> lines = Files.readAllLines(items);
        int type = lines.indexOf(lines.stream().filter(l -> l.strip().equals("type: single")).findFirst().orElseThrow());
        lines.set(type, "  type: teka-teki");
        Files.write(items, lines);
        String hashBefore = catalogue.module("m01-konsep-pendampingan").orElseThrow().getContentHash();

        CurriculumImportRecord record = curriculumImport.importFrom(new DirectoryContentSource(copy),
                CurriculumImportRecord.Trigger.MANUAL, "test");

        assertThat(record.getOutcome()).isEqualTo("REJECTED");
        assertThat(record.getProblems()).contains("m04-tugas-siklus-program/items.yaml:" + (type + 1) + ": unknown item type 'teka-teki'");
        assertThat(catalogue.module("m01-konsep-pendampingan").orElseThrow().getContentHash()).isEqualTo(hashBefore);
    }

    @Test
    void aChangedLessonIsANewVersionAndUnchangedLessonsKeepTheirs() throws IOException {
        List<CurriculumLesson> before = catalogue.lessons("m01-konsep-pendampingan");
        Programme programme = catalogue.programmesAvailableTo(null).stream()
                .filter(p -> p.getModuleKeys().contains("m01-konsep-pendampingan")).findFirst().orElseThrow();
        // Read once before the import: the outline keeps the lessons in service until an import ends.
        String outlinedBefore = outlined(programme, "m01-l03").getContentHash();
        int versionBefore = catalogue.module("m01-konsep-pendampingan").orElseThrow().getVersion();
        Path copy = copyOfShippedModules();
        Path lesson = copy.resolve("m01-konsep-pendampingan/lessons/03-definisi-para-ahli.md");
        Files.writeString(lesson, Files.readString(lesson) + "\nSatu kalimat tambahan untuk versi baru.\n");

        CurriculumImportRecord record = curriculumImport.importFrom(new DirectoryContentSource(copy),
                CurriculumImportRecord.Trigger.MANUAL, "test");

        assertThat(record.getOutcome()).isEqualTo("IMPORTED");
        assertThat(record.getModulesChanged()).isEqualTo(1);
        assertThat(catalogue.module("m01-konsep-pendampingan").orElseThrow().getVersion()).isEqualTo(versionBefore + 1);
        List<CurriculumLesson> after = catalogue.lessons("m01-konsep-pendampingan");
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i).getLessonKey().equals("m01-l03")) {
                assertThat(after.get(i).getContentHash()).isNotEqualTo(before.get(i).getContentHash());
            } else {
                assertThat(after.get(i).getId()).as(before.get(i).getLessonKey()).isEqualTo(before.get(i).getId());
                assertThat(after.get(i).getContentHash()).isEqualTo(before.get(i).getContentHash());
            }
        }
        String changed = after.stream().filter(l -> l.getLessonKey().equals("m01-l03")).findFirst().orElseThrow().getContentHash();
        assertThat(outlined(programme, "m01-l03").getContentHash()).isNotEqualTo(outlinedBefore).isEqualTo(changed);
    }

    @Test
    void aQuizRevisedByAnImportIsTheQuizTheNextReadFinds() throws IOException {
        // Read before the import: quizzes are kept in the second-level cache, which the import must update.
        assertThat(timeLimitOf("PDP-DASAR-PRE")).isEqualTo(java.time.Duration.ofMinutes(30));
        Path copy = copyOfShippedModules();
        Path quizzes = copy.resolve("quizzes.yaml");
        Files.writeString(quizzes, Files.readString(quizzes).replaceFirst("time_limit_minutes: 30", "time_limit_minutes: 40"));

        CurriculumImportRecord record = curriculumImport.importFrom(new DirectoryContentSource(copy),
                CurriculumImportRecord.Trigger.MANUAL, "test");

        assertThat(record.getOutcome()).isEqualTo("IMPORTED");
        assertThat(timeLimitOf("PDP-DASAR-PRE")).isEqualTo(java.time.Duration.ofMinutes(40));
    }

    /** Each call is a persistence context of its own (no transaction here), so it reads through the cache. */
    private java.time.Duration timeLimitOf(String quizCode) {
        return em.find(id.pendamping.assessment.domain.Quiz.class, quizCode).getTimeLimit();
    }

    private CurriculumLesson outlined(Programme programme, String lessonKey) {
        return catalogue.outline(programme).values().stream().flatMap(List::stream)
                .filter(l -> l.getLessonKey().equals(lessonKey)).findFirst().orElseThrow();
    }

    private Map<String, CurriculumModule> modules() {
        return catalogue.modules().stream().collect(Collectors.toMap(CurriculumModule::getKey, Function.identity()));
    }

    /** The curriculum the WAR ships, written to a folder this test may change. */
    private Path copyOfShippedModules() throws IOException {
        WarContentSource shipped = new WarContentSource(servletContext);
        Path root = Files.createTempDirectory("modules");
        for (String file : shipped.files()) {
            Path target = root.resolve(file);
            Files.createDirectories(target.getParent());
            Files.writeString(target, shipped.read(file));
        }
        return root;
    }
}
