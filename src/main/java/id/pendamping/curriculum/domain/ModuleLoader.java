package id.pendamping.curriculum.domain;

import id.pendamping.platform.Hashes;








import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads and validates everything under modules/ and returns the curriculum, or throws
 * {@link InvalidContent} listing every problem with its file and line. It never stops at the first
 * problem and never returns half a curriculum: the caller imports all of it or nothing.
 */
public class ModuleLoader {

    static final Pattern KEY = Pattern.compile("^[a-z0-9][a-z0-9-]{1,79}$");
    private static final Pattern LESSON_FILE = Pattern.compile("^([^/]+)/lessons/(\\d{2}-[a-z0-9-]+)\\.md$");
    private static final Pattern LESSON_TWIN = Pattern.compile("^([^/]+)/lessons/(\\d{2}-[a-z0-9-]+)\\.en\\.md$");
    private static final BigDecimal MAX_JP = BigDecimal.valueOf(8);

    private final List<ContentProblem> problems = new ArrayList<>();

    public Curriculum load(ContentSource source) {
        List<String> files = source.files();
        Map<String, ModuleDefinition> modules = new TreeMap<>();
        for (String folder : moduleFolders(files)) {
            readModule(source, files, folder).ifPresent(m -> modules.put(m.key(), m));
        }
        checkFilesBelongSomewhere(files);
        checkAcrossModules(modules);
        List<ProgrammeDefinition> programmes = files.contains("programmes.yaml")
                ? readProgrammes(source.read("programmes.yaml"), modules.keySet()) : List.of();
        if (!problems.isEmpty()) {
            throw new InvalidContent(problems);
        }
        List<ModuleDefinition> ordered = modules.values().stream()
                .sorted(java.util.Comparator.comparingInt(ModuleDefinition::position)).toList();
        return new Curriculum(ordered, programmes);
    }

    private static Set<String> moduleFolders(List<String> files) {
        Set<String> folders = new java.util.TreeSet<>();
        for (String file : files) {
            if (file.endsWith("/module.yaml") && file.indexOf('/') == file.lastIndexOf('/')) {
                folders.add(file.substring(0, file.indexOf('/')));
            }
        }
        return folders;
    }

    private Optional<ModuleDefinition> readModule(ContentSource source, List<String> files, String folder) {
        String file = folder + "/module.yaml";
        String text = source.read(file);
        YamlReader yaml = new YamlReader(file, 0, problems);
        Optional<MappingNode> root = yaml.parse(text).flatMap(n -> yaml.mapping(n, "module.yaml"));
        if (root.isEmpty()) {
            return Optional.empty();
        }
        MappingNode map = root.get();
        Optional<String> key = yaml.text(map, "id", true);
        key.filter(k -> !k.equals(folder)).ifPresent(k ->
                yaml.problem(yaml.value(map, "id", true).orElseThrow(), "id '" + k + "' must equal the folder name '" + folder + "'"));
        Optional<Integer> position = yaml.integer(map, "order");
        Optional<LocalizedText> title = yaml.localized(map, "title", true);
        Optional<LocalizedText> description = yaml.localized(map, "description", true);
        List<String> prerequisites = yaml.texts(map, "prerequisites", false);
        List<Topic> topics = topics(yaml, map);
        List<LocalizedText> objectives = yaml.localizedList(map, "objectives", true);
        if (objectives.isEmpty()) {
            yaml.problem(map, "a module needs at least one learning objective");
        }
        List<LessonDefinition> lessons = readLessons(source, files, folder);
        if (key.isEmpty() || position.isEmpty() || title.isEmpty() || description.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder all = new StringBuilder(text);
        lessons.forEach(l -> all.append('\n').append(l.contentHash()));
        return Optional.of(new ModuleDefinition(folder, position.get(), title.get(), description.get(), prerequisites,
                topics, objectives, lessons, Hashes.sha256(all.toString())));
    }

    private List<Topic> topics(YamlReader yaml, MappingNode map) {
        List<Topic> topics = new ArrayList<>();
        for (Node node : yaml.sequence(map, "topics", true)) {
            yaml.scalar(node, "topics").ifPresent(k -> Topic.byKey(k).ifPresentOrElse(topics::add,
                    () -> yaml.problem(node, "unknown topic '" + k + "'")));
        }
        return topics;
    }

    private List<LessonDefinition> readLessons(ContentSource source, List<String> files, String folder) {
        List<LessonDefinition> lessons = new ArrayList<>();
        Set<Integer> positions = new HashSet<>();
        for (String file : files) {
            var matcher = LESSON_FILE.matcher(file);
            if (!matcher.matches() || !matcher.group(1).equals(folder) || file.endsWith(".en.md")) {
                continue;
            }
            String twin = folder + "/lessons/" + matcher.group(2) + ".en.md";
            readLesson(source, file, twin, files.contains(twin) ? source.read(twin) : null, folder).ifPresent(lesson -> {
                if (!positions.add(lesson.position())) {
                    problems.add(new ContentProblem(file, 3, "another lesson of this module has order " + lesson.position()));
                }
                lessons.add(lesson);
            });
        }
        if (lessons.isEmpty()) {
            problems.add(new ContentProblem(folder + "/module.yaml", 1, "the module has no lessons (lessons/NN-name.md)"));
        }
        lessons.sort(java.util.Comparator.comparingInt(LessonDefinition::position));
        return lessons;
    }

    private Optional<LessonDefinition> readLesson(ContentSource source, String file, String twinFile,
                                                  String twinText, String moduleKey) {
        String text = source.read(file).replace("\r\n", "\n");
        String[] lines = text.split("\n", -1);
        if (lines.length < 3 || !lines[0].strip().equals("---")) {
            problems.add(new ContentProblem(file, 1, "a lesson starts with a front matter block between two '---' lines"));
            return Optional.empty();
        }
        int end = 1;
        while (end < lines.length && !lines[end].strip().equals("---")) {
            end++;
        }
        if (end == lines.length) {
            problems.add(new ContentProblem(file, 1, "the front matter block is not closed with a '---' line"));
            return Optional.empty();
        }
        String frontMatter = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, end));
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, end + 1, lines.length));
        YamlReader yaml = new YamlReader(file, 1, problems);
        Optional<MappingNode> root = yaml.parse(frontMatter).flatMap(n -> yaml.mapping(n, "front matter"));
        if (root.isEmpty()) {
            return Optional.empty();
        }
        MappingNode map = root.get();
        Optional<String> key = yaml.text(map, "id", true);
        key.filter(k -> !KEY.matcher(k).matches()).ifPresent(k -> yaml.problem(map, "id '" + k
                + "' must be lower-case letters, digits and '-'"));
        Optional<Integer> position = yaml.integer(map, "order");
        Optional<Topic> topic = yaml.text(map, "topic", true).flatMap(k -> {
            Optional<Topic> known = Topic.byKey(k);
            if (known.isEmpty()) {
                yaml.problem(yaml.value(map, "topic", true).orElseThrow(), "unknown topic '" + k + "'");
            }
            return known;
        });
        Optional<BigDecimal> jp = yaml.text(map, "jp", true).flatMap(value -> jp(yaml, map, value));
        Optional<LocalizedText> title = yaml.localized(map, "title", true);
        List<LocalizedText> objectives = yaml.localizedList(map, "objectives", true);
        List<String> competencies = yaml.texts(map, "competencies", false);
        int bodyLine = end + 2;
        if (body.isBlank()) {
            problems.add(new ContentProblem(file, bodyLine, "the lesson has no text after its front matter"));
        }
        LessonMarkdown.rawHtmlLines(body).forEach(line ->
                problems.add(new ContentProblem(file, bodyLine + line - 1, "raw HTML is not allowed in a lesson: write Markdown")));
        if (twinText == null) {
            problems.add(new ContentProblem(file, 1, "the English version " + twinFile + " is missing"));
        } else {
            if (twinText.isBlank()) {
                problems.add(new ContentProblem(twinFile, 1, "the English version is empty"));
            }
            LessonMarkdown.rawHtmlLines(twinText).forEach(line ->
                    problems.add(new ContentProblem(twinFile, line, "raw HTML is not allowed in a lesson: write Markdown")));
        }
        if (key.isEmpty() || position.isEmpty() || topic.isEmpty() || jp.isEmpty() || title.isEmpty() || twinText == null) {
            return Optional.empty();
        }
        return Optional.of(new LessonDefinition(key.get(), moduleKey, position.get(), topic.get(), jp.get(), title.get(),
                objectives, competencies, LessonMarkdown.toSafeHtml(body), LessonMarkdown.toSafeHtml(twinText),
                Hashes.sha256(text + "\n\u0000\n" + twinText), file));
    }

    private Optional<BigDecimal> jp(YamlReader yaml, MappingNode map, String value) {
        try {
            BigDecimal jp = new BigDecimal(value);
            if (jp.signum() > 0 && jp.compareTo(MAX_JP) <= 0 && jp.scale() <= 1) {
                return Optional.of(jp.setScale(1));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        yaml.problem(yaml.value(map, "jp", true).orElseThrow(), "jp must be a positive number of lesson hours up to "
                + MAX_JP + " with at most one decimal, not '" + value + "'");
        return Optional.empty();
    }

    private void checkFilesBelongSomewhere(List<String> files) {
        for (String file : files) {
            var twin = LESSON_TWIN.matcher(file);
            if (twin.matches() && !files.contains(twin.group(1) + "/lessons/" + twin.group(2) + ".md")) {
                problems.add(new ContentProblem(file, 1, "an English version without its Indonesian lesson "
                        + twin.group(2) + ".md"));
            }
            boolean lessonLike = file.contains("/lessons/");
            if (lessonLike && !LESSON_FILE.matcher(file).matches() && !twin.matches()) {
                problems.add(new ContentProblem(file, 1, "lesson files are named NN-name.md and NN-name.en.md"));
            }
        }
    }

    private void checkAcrossModules(Map<String, ModuleDefinition> modules) {
        Map<String, String> lessonFiles = new HashMap<>();
        Map<Integer, String> positions = new HashMap<>();
        for (ModuleDefinition module : modules.values()) {
            String file = module.key() + "/module.yaml";
            String other = positions.putIfAbsent(module.position(), module.key());
            if (other != null) {
                problems.add(new ContentProblem(file, 2, "module " + other + " has the same order " + module.position()));
            }
            for (String prerequisite : module.prerequisites()) {
                if (!modules.containsKey(prerequisite)) {
                    problems.add(new ContentProblem(file, 1, "prerequisite '" + prerequisite + "' is not a module"));
                }
            }
            for (LessonDefinition lesson : module.lessons()) {
                String first = lessonFiles.putIfAbsent(lesson.key(), lesson.sourceFile());
                if (first != null) {
                    problems.add(new ContentProblem(lesson.sourceFile(), 2, "lesson id '" + lesson.key()
                            + "' is already used by " + first));
                }
            }
        }
        checkNoPrerequisiteCycle(modules);
    }

    private void checkNoPrerequisiteCycle(Map<String, ModuleDefinition> modules) {
        Map<String, Integer> state = new LinkedHashMap<>();
        for (String key : modules.keySet()) {
            if (visit(key, modules, state)) {
                problems.add(new ContentProblem(key + "/module.yaml", 1, "prerequisites form a cycle through " + key));
                return;
            }
        }
    }

    /** Depth-first search; true when a cycle is found. State 1 = on the path, 2 = done. */
    private boolean visit(String key, Map<String, ModuleDefinition> modules, Map<String, Integer> state) {
        Integer seen = state.get(key);
        if (seen != null) {
            return seen == 1;
        }
        state.put(key, 1);
        ModuleDefinition module = modules.get(key);
        if (module != null) {
            for (String prerequisite : module.prerequisites()) {
                if (visit(prerequisite, modules, state)) {
                    return true;
                }
            }
        }
        state.put(key, 2);
        return false;
    }

    private List<ProgrammeDefinition> readProgrammes(String text, Set<String> moduleKeys) {
        YamlReader yaml = new YamlReader("programmes.yaml", 0, problems);
        Optional<Node> root = yaml.parse(text);
        List<ProgrammeDefinition> programmes = new ArrayList<>();
        if (root.isEmpty()) {
            return programmes;
        }
        if (!(root.get() instanceof org.yaml.snakeyaml.nodes.SequenceNode list)) {
            yaml.problem(root.get(), "programmes.yaml must be a list of programmes");
            return programmes;
        }
        Set<String> codes = new HashSet<>();
        for (Node node : list.getValue()) {
            yaml.mapping(node, "a programme").ifPresent(map -> {
                Optional<String> code = yaml.text(map, "code", true);
                Optional<LocalizedText> title = yaml.localized(map, "title", true);
                Optional<LocalizedText> description = yaml.localized(map, "description", true);
                List<String> modules = yaml.texts(map, "modules", true);
                code.filter(c -> !codes.add(c)).ifPresent(c -> yaml.problem(map, "programme code '" + c + "' is used twice"));
                modules.stream().filter(m -> !moduleKeys.contains(m)).forEach(m ->
                        yaml.problem(map, "programme module '" + m + "' is not a module"));
                if (modules.isEmpty()) {
                    yaml.problem(map, "a programme needs at least one module");
                }
                if (code.isPresent() && title.isPresent() && description.isPresent()) {
                    programmes.add(new ProgrammeDefinition(code.get(), title.get(), description.get(), modules));
                }
            });
        }
        return programmes;
    }

}
