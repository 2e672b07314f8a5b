package id.pendamping.assessment.domain;

import id.pendamping.curriculum.domain.ContentProblem;
import id.pendamping.curriculum.domain.ContentSource;
import id.pendamping.curriculum.domain.Curriculum;
import id.pendamping.curriculum.domain.InvalidContent;
import id.pendamping.curriculum.domain.LocalizedText;
import id.pendamping.curriculum.domain.ModuleDefinition;
import id.pendamping.curriculum.domain.Topic;
import id.pendamping.curriculum.domain.YamlReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads every module's items.yaml (format in modules/README.md) and checks each item against the
 * rules of its type. Like the curriculum, it reports every problem with its file and line and
 * returns nothing unless there is none.
 */
public class ItemBankLoader {

    private static final BigDecimal TOLERANCE = new BigDecimal("0.001");

    private final List<ContentProblem> problems = new ArrayList<>();
    private final Map<String, String> firstFileOfId = new HashMap<>();

    public List<Item> load(ContentSource source, Curriculum curriculum) {
        List<Item> items = new ArrayList<>();
        List<String> files = source.files();
        for (ModuleDefinition module : curriculum.modules()) {
            String file = module.key() + "/items.yaml";
            if (files.contains(file)) {
                items.addAll(readFile(file, source.read(file), module));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidContent(problems);
        }
        return items;
    }

    private List<Item> readFile(String file, String text, ModuleDefinition module) {
        YamlReader yaml = new YamlReader(file, 0, problems);
        List<Item> items = new ArrayList<>();
        Optional<Node> root = yaml.parse(text);
        if (root.isEmpty()) {
            return items;
        }
        if (!(root.get() instanceof SequenceNode list)) {
            yaml.problem(root.get(), "items.yaml must be a list of items");
            return items;
        }
        for (Node node : list.getValue()) {
            yaml.mapping(node, "an item").flatMap(map -> readItem(yaml, map, file, module)).ifPresent(items::add);
        }
        return items;
    }

    private Optional<Item> readItem(YamlReader yaml, MappingNode map, String file, ModuleDefinition module) {
        int before = problems.size();
        Optional<String> key = yaml.text(map, "id", true);
        key.ifPresent(k -> {
            String first = firstFileOfId.putIfAbsent(k, file);
            if (first != null) {
                yaml.problem(map, "item id '" + k + "' is already used in " + first);
            }
        });
        Optional<String> topic = yaml.text(map, "topic", true).filter(t -> {
            boolean known = Topic.byKey(t).filter(module.topics()::contains).isPresent();
            if (!known) {
                yaml.problem(yaml.value(map, "topic", true).orElseThrow(), "topic '" + t + "' is not one of the module's topics "
                        + module.topics().stream().map(Topic::key).toList());
            }
            return known;
        });
        Optional<CognitiveLevel> level = yaml.text(map, "level", true).flatMap(l -> {
            Optional<CognitiveLevel> known = CognitiveLevel.byKey(l);
            if (known.isEmpty()) {
                yaml.problem(yaml.value(map, "level", true).orElseThrow(), "level must be recall, understand or apply, not '" + l + "'");
            }
            return known;
        });
        String unit = yaml.value(map, "unit", false).filter(n -> !isNull(n)).flatMap(n -> yaml.scalar(n, "unit")).orElse(null);
        boolean shuffle = yaml.value(map, "shuffle", false).flatMap(n -> yaml.scalar(n, "shuffle")).map(Boolean::parseBoolean).orElse(true);
        Optional<LocalizedText> stem = yaml.localized(map, "stem", true);
        LocalizedText feedback = yaml.localized(map, "feedback", false).orElse(null);
        Optional<ItemBody> body = yaml.text(map, "type", true).flatMap(type -> new ItemBodyReader(yaml).read(type, map));
        if (problems.size() > before || key.isEmpty() || topic.isEmpty() || level.isEmpty() || stem.isEmpty() || body.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Item(key.get(), module.key(), topic.get(), level.get(), unit, shuffle, stem.get(), body.get(), feedback));
    }

    static boolean isNull(Node node) {
        return node.getTag().getValue().endsWith(":null");
    }

    static boolean sumsToOne(BigDecimal sum) {
        return sum.subtract(BigDecimal.ONE).abs().compareTo(TOLERANCE) <= 0;
    }
}
