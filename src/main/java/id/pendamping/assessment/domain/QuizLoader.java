package id.pendamping.assessment.domain;

import id.pendamping.curriculum.domain.ContentProblem;
import id.pendamping.curriculum.domain.ContentSource;
import id.pendamping.curriculum.domain.Curriculum;
import id.pendamping.curriculum.domain.InvalidContent;
import id.pendamping.curriculum.domain.LocalizedText;
import id.pendamping.curriculum.domain.ModuleDefinition;
import id.pendamping.curriculum.domain.ProgrammeDefinition;
import id.pendamping.curriculum.domain.Topic;
import id.pendamping.curriculum.domain.YamlReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads modules/quizzes.yaml (format in modules/README.md). Besides the fields, it checks that each
 * quiz points to a programme or module that exists and that the item bank can fill its blueprint,
 * so a quiz never fails at the moment a trainee starts it. Every problem names the file and line.
 */
public class QuizLoader {

    public static final String FILE = "quizzes.yaml";

    private final List<ContentProblem> problems = new ArrayList<>();

    public List<QuizDefinition> load(ContentSource source, Curriculum curriculum, List<Item> bank) {
        List<QuizDefinition> quizzes = new ArrayList<>();
        if (!source.files().contains(FILE)) {
            return quizzes;
        }
        YamlReader yaml = new YamlReader(FILE, 0, problems);
        Optional<Node> root = yaml.parse(source.read(FILE));
        if (root.isPresent() && !(root.get() instanceof SequenceNode)) {
            yaml.problem(root.get(), "quizzes.yaml must be a list of quizzes");
        } else if (root.isPresent()) {
            Set<String> codes = new HashSet<>();
            for (Node node : ((SequenceNode) root.get()).getValue()) {
                yaml.mapping(node, "a quiz").flatMap(map -> read(yaml, map, curriculum, bank)).ifPresent(quiz -> {
                    if (!codes.add(quiz.code())) {
                        yaml.problem(node, "quiz code '" + quiz.code() + "' is used twice");
                    }
                    quizzes.add(quiz);
                });
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidContent(problems);
        }
        return quizzes;
    }

    private Optional<QuizDefinition> read(YamlReader yaml, MappingNode map, Curriculum curriculum, List<Item> bank) {
        int before = problems.size();
        Optional<String> code = yaml.text(map, "code", true);
        Optional<QuizKind> kind = yaml.text(map, "kind", true).flatMap(k -> known(yaml, map, "kind", QuizKind.byKey(k),
                "pre-test, post-test or module-quiz"));
        String programme = yaml.value(map, "programme", false).flatMap(n -> yaml.scalar(n, "programme")).orElse(null);
        String module = yaml.value(map, "module", false).flatMap(n -> yaml.scalar(n, "module")).orElse(null);
        kind.ifPresent(k -> checkOwner(yaml, map, k, programme, module, curriculum));
        Optional<LocalizedText> title = yaml.localized(map, "title", true);
        Optional<Integer> minutes = yaml.integer(map, "time_limit_minutes").filter(m -> positive(yaml, map, "time_limit_minutes", m));
        Optional<Integer> attempts = yaml.integer(map, "attempts").filter(a -> positive(yaml, map, "attempts", a));
        Optional<Grading> grading = yaml.text(map, "grading", true).flatMap(g -> known(yaml, map, "grading",
                java.util.Arrays.stream(Grading.values()).filter(v -> v.name().equalsIgnoreCase(g)).findFirst(),
                "highest, last, first or average"));
        Optional<BigDecimal> pass = yaml.integer(map, "pass_percent").filter(p -> {
            boolean ok = p >= 0 && p <= 100;
            if (!ok) {
                yaml.problem(yaml.value(map, "pass_percent", true).orElseThrow(), "'pass_percent' must be between 0 and 100");
            }
            return ok;
        }).map(BigDecimal::valueOf);
        Optional<ReviewPolicy> review = yaml.text(map, "review", true).flatMap(r -> known(yaml, map, "review",
                ReviewPolicy.byKey(r), "after-attempt, after-cohort or never"));
        boolean afterModules = flag(yaml, map, "opens_after_modules");
        boolean essays = flag(yaml, map, "include_essays");
        List<Blueprint.Rule> rules = new ArrayList<>();
        for (Node node : yaml.sequence(map, "blueprint", true)) {
            yaml.mapping(node, "a blueprint rule").flatMap(rule -> rule(yaml, rule)).ifPresent(rules::add);
        }
        if (rules.isEmpty() && problems.size() == before) {
            yaml.problem(map, "a quiz needs at least one blueprint rule");
        }
        if (problems.size() > before || code.isEmpty() || kind.isEmpty() || title.isEmpty() || minutes.isEmpty()
                || attempts.isEmpty() || grading.isEmpty() || pass.isEmpty() || review.isEmpty()) {
            return Optional.empty();
        }
        QuizDefinition quiz = new QuizDefinition(code.get(), kind.get(), programme, module, title.get(),
                Duration.ofMinutes(minutes.get()), attempts.get(), grading.get(), pass.get(), review.get(), afterModules,
                essays, new Blueprint(rules));
        try {
            ItemDraw.draw(quiz.blueprint(), drawable(quiz, bank), new Random(0));
        } catch (ItemDraw.NotEnoughItems short_) {
            yaml.problem(map, "the item bank cannot fill this blueprint: " + short_.getMessage());
            return Optional.empty();
        }
        return Optional.of(quiz);
    }

    /** The items a quiz may draw: essays only when it says so, since they wait for an assessor. */
    public static List<Item> drawable(QuizDefinition quiz, List<Item> bank) {
        return bank.stream().filter(item -> quiz.includesEssays() || item.scoredAutomatically()).toList();
    }

    private void checkOwner(YamlReader yaml, MappingNode map, QuizKind kind, String programme, String module, Curriculum curriculum) {
        if (kind == QuizKind.MODULE_QUIZ) {
            if (module == null || curriculum.modules().stream().map(ModuleDefinition::key).noneMatch(module::equals)) {
                yaml.problem(map, "a module quiz needs 'module' set to an existing module, not '" + module + "'");
            }
        } else if (programme == null || curriculum.programmes().stream().map(ProgrammeDefinition::code).noneMatch(programme::equals)) {
            yaml.problem(map, "a pre-test or post-test needs 'programme' set to an existing programme, not '" + programme + "'");
        }
    }

    private Optional<Blueprint.Rule> rule(YamlReader yaml, MappingNode map) {
        Optional<String> topic = yaml.text(map, "topic", true).filter(t -> {
            boolean known = Topic.byKey(t).isPresent();
            if (!known) {
                yaml.problem(map, "unknown topic '" + t + "'");
            }
            return known;
        });
        Optional<CognitiveLevel> level = yaml.value(map, "level", false).flatMap(n -> yaml.scalar(n, "level"))
                .flatMap(l -> known(yaml, map, "level", CognitiveLevel.byKey(l), "recall, understand or apply"));
        boolean levelGiven = yaml.value(map, "level", false).isPresent();
        Optional<Integer> count = yaml.integer(map, "count").filter(c -> positive(yaml, map, "count", c));
        if (topic.isEmpty() || count.isEmpty() || (levelGiven && level.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new Blueprint.Rule(topic.get(), level.orElse(null), count.get()));
    }

    private <T> Optional<T> known(YamlReader yaml, MappingNode map, String key, Optional<T> value, String allowed) {
        if (value.isEmpty()) {
            yaml.problem(yaml.value(map, key, true).orElseThrow(), "'" + key + "' must be " + allowed);
        }
        return value;
    }

    private boolean positive(YamlReader yaml, MappingNode map, String key, int value) {
        if (value < 1) {
            yaml.problem(yaml.value(map, key, true).orElseThrow(), "'" + key + "' must be at least 1");
        }
        return value >= 1;
    }

    private boolean flag(YamlReader yaml, MappingNode map, String key) {
        return yaml.value(map, key, false).flatMap(n -> yaml.scalar(n, key)).map(Boolean::parseBoolean).orElse(false);
    }
}
