package id.pendamping.competency.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.competency.domain.CertificationScheme.CompetencyUnit;
import id.pendamping.competency.domain.CertificationScheme.EvidenceMethod;
import id.pendamping.curriculum.domain.ContentProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The scheme shipped in modules/standards, and every rule the loader enforces, each with its file and line. */
class StandardsLoaderTest {

    private static final Path MODULES = Path.of("modules");
    private static final String FILE = "standards/skema-pendamping-sosial.yaml";
    private static StandardsLoader.Curriculum curriculum;
    private static String shipped;

    @BeforeAll
    static void readTheCurriculum() throws IOException {
        Map<String, Set<String>> items = new HashMap<>();
        Pattern id = Pattern.compile("(?m)^- id: (\\S+)");
        try (Stream<Path> folders = Files.list(MODULES)) {
            for (Path folder : folders.filter(f -> Files.exists(f.resolve("items.yaml"))).toList()) {
                Matcher m = id.matcher(Files.readString(folder.resolve("items.yaml")));
                Set<String> keys = new java.util.HashSet<>();
                while (m.find()) {
                    keys.add(m.group(1));
                }
                items.put(folder.getFileName().toString(), keys);
            }
        }
        curriculum = new StandardsLoader.Curriculum(Set.of("PDP-DASAR"), items);
        shipped = Files.readString(MODULES.resolve(FILE));
    }

    private static StandardsLoader.Result load(Map<String, String> files) {
        return new StandardsLoader().load(files, curriculum);
    }

    private static List<String> problems(String text) {
        return load(Map.of(FILE, text)).problems().stream().map(ContentProblem::toString).toList();
    }

    @Test
    void theShippedSchemeIsValidAndLinkedToModulesAndItems() {
        StandardsLoader.Result result = load(Map.of(FILE, shipped));
        assertThat(result.problems()).isEmpty();
        CertificationScheme scheme = result.schemes().get(0);
        assertThat(scheme.code()).isEqualTo("SKM-PDP-SOS-01");
        assertThat(scheme.programmeCode()).isEqualTo("PDP-DASAR");
        assertThat(scheme.validityYears()).isEqualTo(3);
        assertThat(scheme.secondRating()).isTrue();
        assertThat(scheme.appealDays()).isEqualTo(14);
        assertThat(scheme.units()).hasSize(6);
        CompetencyUnit first = scheme.units().get(0);
        assertThat(first.code()).isEqualTo("PDP.SOS.01.001.01");
        assertThat(first.moduleKeys()).containsExactly("m01-konsep-pendampingan");
        assertThat(first.itemKeys()).hasSize(8).allMatch(k -> k.startsWith("m01-"));
        assertThat(first.evidence()).contains(EvidenceMethod.ORAL, EvidenceMethod.WRITTEN);
        assertThat(first.elements().get(0).criteria().get(0).code()).isEqualTo("1.1");
        assertThat(scheme.units().stream().flatMap(u -> u.elements().stream()).count()).isEqualTo(19);
    }

    @Test
    void aUnitCodeStaysTextEvenWhenItLooksLikeANumber() {
        StandardsLoader.Result result = load(Map.of(FILE, shipped.replace("\"PDP.SOS.01.001.01\"", "1.10")));
        assertThat(result.problems()).isEmpty();
        assertThat(result.schemes().get(0).units().get(0).code()).isEqualTo("1.10");
    }

    @Test
    void everyProblemIsNamedWithItsLineAndNothingIsLoaded() {
        String broken = shipped
                .replace("programme: PDP-DASAR", "programme: PDP-LANJUT")
                .replace("validity_years: 3", "validity_years: 0\ncolour: blue")
                .replace("m01-i004, ", "m01-i004, m09-i999, ")
                .replace("evidence: [oral, written, portfolio]", "evidence: [oral, telepathy]")
                .replaceFirst("code: \"1.2\"", "code: \"2.2\"");
        List<String> problems = problems(broken);
        assertThat(problems).anyMatch(p -> p.startsWith(FILE + ":9:") && p.contains("PDP-LANJUT"));
        assertThat(problems).anyMatch(p -> p.startsWith(FILE + ":10:") && p.contains("at least 1"));
        assertThat(problems).anyMatch(p -> p.startsWith(FILE + ":11:") && p.contains("unknown field 'colour'"));
        assertThat(problems).anyMatch(p -> p.contains("item m09-i999 is not in the items"));
        assertThat(problems).anyMatch(p -> p.contains("evidence method 'telepathy'"));
        assertThat(problems).anyMatch(p -> p.contains("criterion code 2.2 must be 1.<n>"));
        assertThat(load(Map.of(FILE, broken)).schemes()).isEmpty();
    }

    @Test
    void countsOfItemsElementsAndCriteriaAreChecked() {
        String fewItems = shipped.replace("[m01-i001, m01-i004, m01-i005, m01-i006, m01-i016, m01-i022, m01-i025, m01-i030]",
                "[m01-i001, m01-i001]");
        assertThat(problems(fewItems)).anyMatch(p -> p.contains("3 to 8 items")).anyMatch(p -> p.contains("listed twice"));
        String noCriteria = shipped.replaceFirst("(?s)(criteria:\\n)(\\s+- code: \"1.1\".*?)(\\s+- code: \"1.2\")", "$1$3");
        assertThat(noCriteria).isNotEqualTo(shipped);
        assertThat(problems(noCriteria)).isEmpty();
        String oneCriterion = noCriteria.replaceFirst("(?s)(\\s+- code: \"1.2\".*?)(\\s+- code: \"1.3\".*?)(\\s+- code: \"2\")", "$1$3");
        assertThat(problems(oneCriterion)).anyMatch(p -> p.contains("2 to 4 criteria, not 1"));
    }

    @Test
    void missingFieldsAndBadYamlAreReportedWhereTheyAre() {
        assertThat(problems(shipped.replace("appeal_days: 14\n", ""))).anyMatch(p -> p.contains("missing required field 'appeal_days'"));
        assertThat(problems(shipped.replace("second_rating: true", "second_rating: perhaps")))
                .anyMatch(p -> p.startsWith(FILE + ":11:") && p.contains("true or false"));
        assertThat(problems("code: \"X\"\ntitle: [unclosed")).anyMatch(p -> p.contains("not valid YAML"));
        assertThat(problems(shipped.replaceFirst("(?m)^  en: \"Certification Scheme for Social Mentors\"\\n", "")))
                .anyMatch(p -> p.startsWith(FILE + ":4:") && p.contains("'en'"));
    }

    @Test
    void schemeAndUnitCodesAreUniqueAcrossFiles() {
        Map<String, String> twice = new HashMap<>();
        twice.put(FILE, shipped);
        twice.put("standards/salinan.yaml", shipped);
        List<String> problems = load(twice).problems().stream().map(ContentProblem::toString).toList();
        assertThat(problems).anyMatch(p -> p.contains("scheme code SKM-PDP-SOS-01 is already used"));
        assertThat(problems).anyMatch(p -> p.contains("unit code PDP.SOS.01.001.01 is already used"));
        assertThat(problems.stream().collect(Collectors.toSet())).isNotEmpty();
    }
}
