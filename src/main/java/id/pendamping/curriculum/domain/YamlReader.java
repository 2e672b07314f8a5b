package id.pendamping.curriculum.domain;



import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads YAML content files as a node tree so every problem can name the line it is on; used for
 * the curriculum and for the item bank beside it. Problems are collected,
 * not thrown, so an author sees all of them at once. Only plain data is read: no tags, no objects.
 */
public final class YamlReader {

    private final String file;
    private final int lineOffset;
    private final List<ContentProblem> problems;

    /** @param lineOffset lines before the YAML in its file (a front matter block starts after "---") */
    public YamlReader(String file, int lineOffset, List<ContentProblem> problems) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.problems = problems;
    }

    public Optional<Node> parse(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        try {
            Node root = new Yaml(options).compose(new StringReader(text));
            if (root == null) {
                problem(1, "the file is empty");
            }
            return Optional.ofNullable(root);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
            problem(line, "not valid YAML: " + e.getProblem());
            return Optional.empty();
        } catch (RuntimeException e) {
            problem(1, "not valid YAML: " + e.getMessage());
            return Optional.empty();
        }
    }

    public void problem(int lineInYaml, String message) {
        problems.add(new ContentProblem(file, lineInYaml + lineOffset, message));
    }

    public void problem(Node node, String message) {
        problem(line(node), message);
    }

    public int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    public Optional<MappingNode> mapping(Node node, String what) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(mapping);
        }
        problem(node, what + " must be a mapping (key: value lines)");
        return Optional.empty();
    }

    public Optional<Node> value(MappingNode map, String key, boolean required) {
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && key.equals(k.getValue())) {
                return Optional.of(tuple.getValueNode());
            }
        }
        if (required) {
            problem(map, "missing required field '" + key + "'");
        }
        return Optional.empty();
    }

    public Optional<String> text(MappingNode map, String key, boolean required) {
        return value(map, key, required).flatMap(node -> scalar(node, key));
    }

    public Optional<String> scalar(Node node, String what) {
        if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return Optional.of(scalar.getValue().strip());
        }
        problem(node, "'" + what + "' must be a non-empty text");
        return Optional.empty();
    }

    public Optional<Integer> integer(MappingNode map, String key) {
        return text(map, key, true).flatMap(value -> {
            try {
                return Optional.of(Integer.parseInt(value));
            } catch (NumberFormatException e) {
                problem(value(map, key, true).orElseThrow(), "'" + key + "' must be a whole number, not '" + value + "'");
                return Optional.empty();
            }
        });
    }

    /** A text in both languages: {id: ..., en: ...}. */
    public Optional<LocalizedText> localized(Node node, String what) {
        Optional<MappingNode> map = mapping(node, what);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> indonesian = text(map.get(), "id", true);
        Optional<String> english = text(map.get(), "en", true);
        if (indonesian.isEmpty() || english.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LocalizedText(indonesian.get(), english.get()));
    }

    public Optional<LocalizedText> localized(MappingNode map, String key, boolean required) {
        return value(map, key, required).flatMap(node -> localized(node, key));
    }

    public List<Node> sequence(MappingNode map, String key, boolean required) {
        Optional<Node> node = value(map, key, required);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        if (node.get() instanceof ScalarNode scalar && "null".equals(scalar.getTag().getValue().replace("tag:yaml.org,2002:", ""))) {
            return List.of();
        }
        problem(node.get(), "'" + key + "' must be a list");
        return List.of();
    }

    public List<String> texts(MappingNode map, String key, boolean required) {
        List<String> result = new ArrayList<>();
        for (Node node : sequence(map, key, required)) {
            scalar(node, key).ifPresent(result::add);
        }
        return result;
    }

    public List<LocalizedText> localizedList(MappingNode map, String key, boolean required) {
        List<LocalizedText> result = new ArrayList<>();
        for (Node node : sequence(map, key, required)) {
            localized(node, key).ifPresent(result::add);
        }
        return result;
    }
}
