package id.pendamping.assessment.domain;

import id.pendamping.curriculum.domain.ContentProblem;
import id.pendamping.curriculum.domain.ContentSource;
import id.pendamping.curriculum.domain.Curriculum;
import id.pendamping.curriculum.domain.InvalidContent;
import id.pendamping.curriculum.domain.LocalizedText;
import id.pendamping.curriculum.domain.ModuleDefinition;
import id.pendamping.curriculum.domain.Topic;
import id.pendamping.curriculum.domain.YamlReader;
import id.pendamping.platform.Hashes;
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

    /**
     * An item with the exact text that defines it in its file. The text is what the database keeps
     * for each version of an item, so an attempt can be scored and reviewed against the version it
     * showed even after the bank has changed.
     */
    public record SourcedItem(Item item, String source) {

        public String contentHash() {
            return Hashes.sha256(source);
        }
    }

    public List<Item> load(ContentSource source, Curriculum curriculum) {
        return loadWithSources(source, curriculum).stream().map(SourcedItem::item).toList();
    }

    public List<SourcedItem> loadWithSources(ContentSource source, Curriculum curriculum) {
        List<SourcedItem> items = new ArrayList<>();
        List<String> files = source.files();
        for (ModuleDefinition module : curriculum.modules()) {
            String file = module.key() + "/items.yaml";
            if (files.contains(file)) {
                items.addAll(readFile(file, source.read(file), module.key(), module.topics()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidContent(problems);
        }
        return items;
    }

    /** Reads back one item from the text stored for it (validated when it was imported). */
    public static Item parseStored(String source, String moduleKey, Topic topic) {
        ItemBankLoader loader = new ItemBankLoader();
        List<SourcedItem> items = loader.readFile("stored item", source, moduleKey, List.of(topic));
        if (!loader.problems.isEmpty() || items.size() != 1) {
            throw new InvalidContent(loader.problems);
        }
        return items.get(0).item();
    }

    private List<SourcedItem> readFile(String file, String text, String moduleKey, List<Topic> topics) {
        YamlReader yaml = new YamlReader(file, 0, problems);
        List<SourcedItem> items = new ArrayList<>();
        Optional<Node> root = yaml.parse(text);
        if (root.isEmpty()) {
            return items;
        }
        if (!(root.get() instanceof SequenceNode list)) {
            yaml.problem(root.get(), "items.yaml must be a list of items");
            return items;
        }
        String[] lines = text.split("\n", -1);
        for (Node node : list.getValue()) {
            yaml.mapping(node, "an item").flatMap(map -> readItem(yaml, map, file, moduleKey, topics))
                    .ifPresent(item -> items.add(new SourcedItem(item, sourceOf(node, lines))));
        }
        return items;
    }

    /** The lines of one list entry, as a one-entry list, without the comments around it. */
    private static String sourceOf(Node node, String[] lines) {
        int first = node.getStartMark().getLine();
        int column = node.getStartMark().getColumn();
        int end = node.getEndMark().getColumn() == 0 ? node.getEndMark().getLine() : node.getEndMark().getLine() + 1;
        StringBuilder text = new StringBuilder();
        for (int line = first; line < end && line < lines.length; line++) {
            String content = line == first ? "- " + lines[line].substring(column) : lines[line];
            if (!content.isBlank() && !content.stripLeading().startsWith("#")) {
                text.append(content.stripTrailing()).append('\n');
            }
        }
        return text.toString();
    }

    private Optional<Item> readItem(YamlReader yaml, MappingNode map, String file, String moduleKey, List<Topic> topics) {
        int before = problems.size();
        Optional<String> key = yaml.text(map, "id", true);
        key.ifPresent(k -> {
            String first = firstFileOfId.putIfAbsent(k, file);
            if (first != null) {
                yaml.problem(map, "item id '" + k + "' is already used in " + first);
            }
        });
        Optional<String> topic = yaml.text(map, "topic", true).filter(t -> {
            boolean known = Topic.byKey(t).filter(topics::contains).isPresent();
            if (!known) {
                yaml.problem(yaml.value(map, "topic", true).orElseThrow(), "topic '" + t + "' is not one of the module's topics "
                        + topics.stream().map(Topic::key).toList());
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
        return Optional.of(new Item(key.get(), moduleKey, topic.get(), level.get(), unit, shuffle, stem.get(), body.get(), feedback));
    }

    static boolean isNull(Node node) {
        return node.getTag().getValue().endsWith(":null");
    }

    static boolean sumsToOne(BigDecimal sum) {
        return sum.subtract(BigDecimal.ONE).abs().compareTo(TOLERANCE) <= 0;
    }
}
