package id.pendamping.assessment.domain;

import id.pendamping.curriculum.domain.LocalizedText;
import id.pendamping.curriculum.domain.YamlReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the type-specific part of an item and checks the rules of its type (modules/README.md). */
final class ItemBodyReader {

    private final YamlReader yaml;

    ItemBodyReader(YamlReader yaml) {
        this.yaml = yaml;
    }

    Optional<ItemBody> read(String type, MappingNode map) {
        return switch (type) {
            case "single" -> options(map, 3, 5).flatMap(options -> single(map, options));
            case "multiple" -> options(map, 3, 6).flatMap(options -> multiple(map, options));
            case "truefalse" -> trueFalse(map);
            case "matching" -> matching(map);
            case "ordering" -> ordering(map);
            case "short" -> shortAnswer(map);
            case "essay" -> yaml.localized(map, "guidance", true).map(ItemBody.Essay::new);
            default -> {
                yaml.problem(yaml.value(map, "type", true).orElseThrow(), "unknown item type '" + type
                        + "' (single, multiple, truefalse, matching, ordering, short, essay)");
                yield Optional.empty();
            }
        };
    }

    private Optional<List<Item.Option>> options(MappingNode map, int min, int max) {
        List<Node> nodes = yaml.sequence(map, "options", true);
        if (nodes.size() < min || nodes.size() > max) {
            yaml.problem(map, "this type needs " + min + " to " + max + " options, not " + nodes.size());
            return Optional.empty();
        }
        List<Item.Option> options = new ArrayList<>();
        for (Node node : nodes) {
            yaml.mapping(node, "an option").ifPresent(option -> {
                Optional<LocalizedText> text = yaml.localized(option, "text", true);
                Optional<BigDecimal> weight = yaml.text(option, "weight", true).flatMap(w -> number(option, "weight", w));
                weight.filter(w -> w.abs().compareTo(BigDecimal.ONE) > 0).ifPresent(w ->
                        yaml.problem(option, "an option's weight is between -1 and 1, not " + w));
                LocalizedText feedback = yaml.localized(option, "feedback", false).orElse(null);
                if (text.isPresent() && weight.isPresent()) {
                    options.add(new Item.Option(text.get(), weight.get(), feedback));
                }
            });
        }
        return options.size() == nodes.size() ? Optional.of(options) : Optional.empty();
    }

    private Optional<ItemBody> single(MappingNode map, List<Item.Option> options) {
        long right = options.stream().filter(o -> o.weight().compareTo(BigDecimal.ONE) == 0).count();
        boolean othersZero = options.stream().allMatch(o -> o.weight().signum() == 0 || o.weight().compareTo(BigDecimal.ONE) == 0);
        if (right != 1 || !othersZero) {
            yaml.problem(map, "a single-choice item has exactly one option with weight 1 and the others 0");
            return Optional.empty();
        }
        return Optional.of(new ItemBody.SingleChoice(options));
    }

    private Optional<ItemBody> multiple(MappingNode map, List<Item.Option> options) {
        BigDecimal positive = options.stream().map(Item.Option::weight).filter(w -> w.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean anyNegative = options.stream().anyMatch(o -> o.weight().signum() < 0);
        if (!ItemBankLoader.sumsToOne(positive) || !anyNegative) {
            yaml.problem(map, "a multiple-response item's positive weights add up to 1 (here " + positive
                    + ") and at least one wrong option has a negative weight");
            return Optional.empty();
        }
        return Optional.of(new ItemBody.MultipleResponse(options));
    }

    private Optional<ItemBody> trueFalse(MappingNode map) {
        Optional<String> answer = yaml.text(map, "answer", true);
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        if (!answer.get().equals("true") && !answer.get().equals("false")) {
            yaml.problem(yaml.value(map, "answer", true).orElseThrow(), "answer must be true or false");
            return Optional.empty();
        }
        return Optional.of(new ItemBody.TrueFalse(Boolean.parseBoolean(answer.get()),
                yaml.localized(map, "feedback_true", false).orElse(null),
                yaml.localized(map, "feedback_false", false).orElse(null)));
    }

    private Optional<ItemBody> matching(MappingNode map) {
        List<Node> nodes = yaml.sequence(map, "pairs", true);
        List<Item.Pair> pairs = new ArrayList<>();
        for (Node node : nodes) {
            yaml.mapping(node, "a pair").ifPresent(pair -> {
                Optional<LocalizedText> left = yaml.localized(pair, "left", true);
                Optional<LocalizedText> right = yaml.localized(pair, "right", true);
                if (left.isPresent() && right.isPresent()) {
                    pairs.add(new Item.Pair(left.get(), right.get()));
                }
            });
        }
        if (nodes.size() < 3 || nodes.size() > 6) {
            yaml.problem(map, "a matching item needs 3 to 6 pairs, not " + nodes.size());
            return Optional.empty();
        }
        return pairs.size() == nodes.size() ? Optional.of(new ItemBody.Matching(pairs)) : Optional.empty();
    }

    private Optional<ItemBody> ordering(MappingNode map) {
        List<Node> nodes = yaml.sequence(map, "sequence", true);
        List<LocalizedText> steps = new ArrayList<>();
        for (Node node : nodes) {
            yaml.localized(node, "a step").ifPresent(steps::add);
        }
        if (nodes.size() < 3 || nodes.size() > 6) {
            yaml.problem(map, "an ordering item needs 3 to 6 steps, not " + nodes.size());
            return Optional.empty();
        }
        return steps.size() == nodes.size() ? Optional.of(new ItemBody.Ordering(steps)) : Optional.empty();
    }

    private Optional<ItemBody> shortAnswer(MappingNode map) {
        List<Node> nodes = yaml.sequence(map, "accepted", true);
        List<String> indonesian = new ArrayList<>();
        List<String> english = new ArrayList<>();
        for (Node node : nodes) {
            yaml.mapping(node, "accepted answers").ifPresent(accepted -> {
                indonesian.addAll(yaml.texts(accepted, "id", false));
                english.addAll(yaml.texts(accepted, "en", false));
            });
        }
        if (indonesian.isEmpty() || english.isEmpty()) {
            yaml.problem(map, "a short-answer item needs accepted answers in both languages (id and en)");
            return Optional.empty();
        }
        return Optional.of(new ItemBody.ShortAnswer(new Item.Accepted(indonesian, english)));
    }

    private Optional<BigDecimal> number(MappingNode map, String key, String value) {
        try {
            return Optional.of(new BigDecimal(value));
        } catch (NumberFormatException e) {
            yaml.problem(yaml.value(map, key, true).orElseThrow(), "'" + key + "' must be a number, not '" + value + "'");
            return Optional.empty();
        }
    }
}
