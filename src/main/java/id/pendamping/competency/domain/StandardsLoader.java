package id.pendamping.competency.domain;

import id.pendamping.competency.domain.CertificationScheme.CompetencyUnit;
import id.pendamping.competency.domain.CertificationScheme.Element;
import id.pendamping.competency.domain.CertificationScheme.EvidenceMethod;
import id.pendamping.competency.domain.CertificationScheme.PerformanceCriterion;
import id.pendamping.curriculum.domain.ContentProblem;
import id.pendamping.curriculum.domain.LocalizedText;
import id.pendamping.curriculum.domain.YamlReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads and checks the certification schemes in {@code modules/standards/*.yaml} against the
 * curriculum they are built from (format and rules in {@code modules/standards/README.md}). Every
 * problem is collected with its file and line, so an author sees them all at once; a caller imports
 * nothing unless there are none. Pure: the files and the curriculum's keys come in as values.
 */
public final class StandardsLoader {

    public static final String FOLDER = "standards/";
    private static final Set<String> SCHEME_KEYS = Set.of("code", "title", "description", "programme", "validity_years",
            "second_rating", "appeal_days", "units");
    private static final Set<String> UNIT_KEYS = Set.of("code", "title", "description", "modules", "items", "evidence",
            "elements");
    private static final Set<String> ELEMENT_KEYS = Set.of("code", "title", "criteria");
    private static final Set<String> CRITERION_KEYS = Set.of("code", "text");

    /** The schemes read, and the problems found; schemes are to be used only when there is no problem. */
    public record Result(List<CertificationScheme> schemes, List<ContentProblem> problems) {
    }

    /** What the schemes may refer to: programme codes, and each module's item keys. */
    public record Curriculum(Set<String> programmeCodes, Map<String, Set<String>> itemKeysByModule) {
    }

    /** @param files file name (e.g. standards/skema.yaml) to its text */
    public Result load(Map<String, String> files, Curriculum curriculum) {
        List<ContentProblem> problems = new ArrayList<>();
        List<CertificationScheme> schemes = new ArrayList<>();
        Map<String, String> schemeFiles = new HashMap<>();
        Map<String, String> unitFiles = new HashMap<>();
        for (Map.Entry<String, String> file : files.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            YamlReader yaml = new YamlReader(file.getKey(), 0, problems);
            yaml.parse(file.getValue()).flatMap(root -> yaml.mapping(root, "a scheme"))
                    .flatMap(root -> scheme(yaml, root, curriculum))
                    .ifPresent(scheme -> {
                        String earlier = schemeFiles.putIfAbsent(scheme.code(), file.getKey());
                        if (earlier != null) {
                            problems.add(new ContentProblem(file.getKey(), 1, "scheme code " + scheme.code()
                                    + " is already used in " + earlier));
                        }
                        for (CompetencyUnit unit : scheme.units()) {
                            String other = unitFiles.putIfAbsent(unit.code(), file.getKey());
                            if (other != null && !other.equals(file.getKey())) {
                                problems.add(new ContentProblem(file.getKey(), 1, "unit code " + unit.code()
                                        + " is already used in " + other));
                            }
                        }
                        schemes.add(scheme);
                    });
        }
        return new Result(problems.isEmpty() ? List.copyOf(schemes) : List.of(), List.copyOf(problems));
    }

    private Optional<CertificationScheme> scheme(YamlReader yaml, MappingNode root, Curriculum curriculum) {
        onlyKnownKeys(yaml, root, SCHEME_KEYS, "a scheme");
        Optional<String> code = yaml.text(root, "code", true);
        Optional<LocalizedText> title = yaml.localized(root, "title", true);
        Optional<LocalizedText> description = yaml.localized(root, "description", true);
        Optional<String> programme = yaml.text(root, "programme", true);
        programme.filter(p -> !curriculum.programmeCodes().contains(p)).ifPresent(p ->
                yaml.problem(yaml.value(root, "programme", true).orElseThrow(), "programme " + p + " is not in programmes.yaml"));
        Optional<Integer> validity = positive(yaml, root, "validity_years");
        Optional<Integer> appealDays = positive(yaml, root, "appeal_days");
        Optional<Boolean> secondRating = bool(yaml, root, "second_rating");
        List<Node> unitNodes = yaml.sequence(root, "units", true);
        if (unitNodes.isEmpty() && yaml.value(root, "units", false).isPresent()) {
            yaml.problem(root, "a scheme needs at least one unit");
        }
        Set<String> unitCodes = new HashSet<>();
        List<CompetencyUnit> units = new ArrayList<>();
        for (Node node : unitNodes) {
            yaml.mapping(node, "a unit").flatMap(map -> unit(yaml, map, curriculum)).ifPresent(unit -> {
                if (!unitCodes.add(unit.code())) {
                    yaml.problem(node, "unit code " + unit.code() + " appears twice");
                }
                units.add(unit);
            });
        }
        if (code.isEmpty() || title.isEmpty() || description.isEmpty() || programme.isEmpty() || validity.isEmpty()
                || appealDays.isEmpty() || secondRating.isEmpty() || units.size() != unitNodes.size()) {
            return Optional.empty();
        }
        return Optional.of(new CertificationScheme(code.get(), title.get(), description.get(), programme.get(),
                validity.get(), secondRating.get(), appealDays.get(), List.copyOf(units)));
    }

    private Optional<CompetencyUnit> unit(YamlReader yaml, MappingNode map, Curriculum curriculum) {
        onlyKnownKeys(yaml, map, UNIT_KEYS, "a unit");
        Optional<String> code = yaml.text(map, "code", true);
        Optional<LocalizedText> title = yaml.localized(map, "title", true);
        Optional<LocalizedText> description = yaml.localized(map, "description", true);
        List<String> modules = yaml.texts(map, "modules", true);
        boolean sound = code.isPresent() && title.isPresent() && description.isPresent();
        if (modules.isEmpty()) {
            yaml.problem(map, "a unit is taught in at least one module ('modules')");
            sound = false;
        }
        Set<String> itemsOfModules = new HashSet<>();
        for (String module : modules) {
            Set<String> items = curriculum.itemKeysByModule().get(module);
            if (items == null) {
                yaml.problem(yaml.value(map, "modules", true).orElseThrow(), "module " + module + " does not exist");
                sound = false;
            } else {
                itemsOfModules.addAll(items);
            }
        }
        List<String> items = yaml.texts(map, "items", true);
        Node itemsNode = yaml.value(map, "items", false).orElse(map);
        if (items.size() < 3 || items.size() > 8) {
            yaml.problem(itemsNode, "a unit links 3 to 8 items as evidence, not " + items.size());
            sound = false;
        }
        if (new HashSet<>(items).size() != items.size()) {
            yaml.problem(itemsNode, "an item is listed twice");
            sound = false;
        }
        for (String item : items) {
            if (!itemsOfModules.contains(item)) {
                yaml.problem(itemsNode, "item " + item + " is not in the items of the unit's modules");
                sound = false;
            }
        }
        List<EvidenceMethod> evidence = new ArrayList<>();
        for (String method : yaml.texts(map, "evidence", true)) {
            try {
                evidence.add(EvidenceMethod.valueOf(method.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                yaml.problem(yaml.value(map, "evidence", true).orElseThrow(), "evidence method '" + method
                        + "' is not one of observation, oral, portfolio, written, interview, third_party");
                sound = false;
            }
        }
        if (evidence.isEmpty() && yaml.value(map, "evidence", false).isPresent()) {
            yaml.problem(map, "a unit plans at least one evidence method");
            sound = false;
        }
        List<Node> elementNodes = yaml.sequence(map, "elements", true);
        if (elementNodes.size() < 2 || elementNodes.size() > 4) {
            yaml.problem(yaml.value(map, "elements", false).orElse(map), "a unit has 2 to 4 elements, not " + elementNodes.size());
            sound = false;
        }
        Set<String> elementCodes = new HashSet<>();
        Set<String> criterionCodes = new HashSet<>();
        List<Element> elements = new ArrayList<>();
        for (Node node : elementNodes) {
            Optional<Element> element = yaml.mapping(node, "an element").flatMap(e -> element(yaml, e, criterionCodes));
            if (element.isEmpty()) {
                sound = false;
            } else if (!elementCodes.add(element.get().code())) {
                yaml.problem(node, "element code " + element.get().code() + " appears twice in the unit");
                sound = false;
            } else {
                elements.add(element.get());
            }
        }
        return sound ? Optional.of(new CompetencyUnit(code.get(), title.get(), description.get(), List.copyOf(modules),
                List.copyOf(items), List.copyOf(evidence), List.copyOf(elements))) : Optional.empty();
    }

    private Optional<Element> element(YamlReader yaml, MappingNode map, Set<String> criterionCodesOfUnit) {
        onlyKnownKeys(yaml, map, ELEMENT_KEYS, "an element");
        Optional<String> code = yaml.text(map, "code", true);
        Optional<LocalizedText> title = yaml.localized(map, "title", true);
        List<Node> nodes = yaml.sequence(map, "criteria", true);
        boolean sound = code.isPresent() && title.isPresent();
        if (nodes.size() < 2 || nodes.size() > 4) {
            yaml.problem(yaml.value(map, "criteria", false).orElse(map), "an element has 2 to 4 criteria, not " + nodes.size());
            sound = false;
        }
        List<PerformanceCriterion> criteria = new ArrayList<>();
        for (Node node : nodes) {
            Optional<MappingNode> criterion = yaml.mapping(node, "a criterion");
            if (criterion.isEmpty()) {
                sound = false;
                continue;
            }
            onlyKnownKeys(yaml, criterion.get(), CRITERION_KEYS, "a criterion");
            Optional<String> criterionCode = yaml.text(criterion.get(), "code", true);
            Optional<LocalizedText> text = yaml.localized(criterion.get(), "text", true);
            if (criterionCode.isEmpty() || text.isEmpty()) {
                sound = false;
                continue;
            }
            if (code.isPresent() && !criterionCode.get().matches(java.util.regex.Pattern.quote(code.get()) + "\\.\\d+")) {
                yaml.problem(node, "criterion code " + criterionCode.get() + " must be " + code.get() + ".<n>");
                sound = false;
            }
            if (!criterionCodesOfUnit.add(criterionCode.get())) {
                yaml.problem(node, "criterion code " + criterionCode.get() + " appears twice in the unit");
                sound = false;
            }
            criteria.add(new PerformanceCriterion(criterionCode.get(), text.get()));
        }
        return sound ? Optional.of(new Element(code.get(), title.get(), List.copyOf(criteria))) : Optional.empty();
    }

    private static Optional<Integer> positive(YamlReader yaml, MappingNode map, String key) {
        Optional<Integer> value = yaml.integer(map, key);
        if (value.isPresent() && value.get() < 1) {
            yaml.problem(yaml.value(map, key, true).orElseThrow(), "'" + key + "' must be at least 1");
            return Optional.empty();
        }
        return value;
    }

    private static Optional<Boolean> bool(YamlReader yaml, MappingNode map, String key) {
        return yaml.text(map, key, true).flatMap(value -> switch (value) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> {
                yaml.problem(yaml.value(map, key, true).orElseThrow(), "'" + key + "' must be true or false");
                yield Optional.empty();
            }
        });
    }

    private static void onlyKnownKeys(YamlReader yaml, MappingNode map, Set<String> known, String what) {
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && !known.contains(key.getValue())) {
                yaml.problem(tuple.getKeyNode(), "unknown field '" + key.getValue() + "' in " + what);
            }
        }
    }
}
