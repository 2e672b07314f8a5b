package id.pendamping.assessment.application;

import id.pendamping.assessment.domain.Item;
import id.pendamping.assessment.domain.ItemVersion;
import id.pendamping.assessment.gift.GiftItems;
import id.pendamping.assessment.gift.GiftParser;
import id.pendamping.assessment.gift.GiftProblem;
import id.pendamping.assessment.gift.GiftQuestion;
import id.pendamping.assessment.gift.GiftSyntaxException;
import id.pendamping.assessment.gift.GiftType;
import id.pendamping.assessment.gift.GiftWriter;
import id.pendamping.platform.Hashes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a whole GIFT file against the item bank before anything is written, and says what each
 * question would be stored as. Pure: what it needs of the database (the modules in service with
 * their topics, the keys of the content files' items) is handed in, so every rule has a unit test.
 *
 * <p>Each question is stored as the GIFT text of that one question, written again by
 * {@link GiftWriter} rather than cut out of the file: the writer's text reads back equal, whatever
 * comments and blank lines surrounded the question, and the same question always gives the same
 * text, so its hash tells a revised question from one imported again unchanged. That the text
 * reads back as the very same item is checked here, through {@link ItemBank#parse}, so a question
 * that would not is refused now rather than breaking a quiz later.
 */
final class GiftImportCheck {

    /** What a 1 MB upload holds at most; the page refuses larger files before reading them. */
    static final int MAX_CHARACTERS = 1024 * 1024;
    /** The widths of assessment_item.item_key and unit_code. */
    static final int MAX_KEY_LENGTH = 80;
    static final int MAX_UNIT_LENGTH = 40;
    /** An item key travels in addresses and file names: letters, digits, dot, dash and underscore. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final int MAX_FILE_NAME = 100;

    /** A question that passed every check: the item, the text to store for it, its hash, and its line. */
    record Accepted(Item item, String source, String contentHash, int line) {
    }

    private GiftImportCheck() {
    }

    /**
     * The items of the file, in file order.
     *
     * @param topicsByModule the topics of each module in service, by module key
     * @param contentKeys    keys of the items in service that come from the content files
     * @throws InvalidGift listing every problem, in line order, when there is any
     */
    static List<Accepted> check(String fileName, String text, Map<String, List<String>> topicsByModule,
                                Set<String> contentKeys) {
        String file = displayName(fileName);
        List<InvalidGift.Problem> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            throw refused(file, 0, "gift.problem.empty");
        }
        if (text.length() > MAX_CHARACTERS) {
            throw refused(file, 0, "gift.problem.tooLarge", MAX_CHARACTERS / (1024 * 1024));
        }
        if (text.indexOf('\u0000') >= 0) {
            throw refused(file, 0, "gift.problem.notText");
        }
        List<GiftQuestion> questions;
        try {
            questions = GiftParser.parse(text);
        } catch (GiftSyntaxException syntax) {
            syntax.problems().forEach(p -> problems.add(syntaxProblem(file, p)));
            throw new InvalidGift(problems);
        }
        if (questions.isEmpty()) {
            throw refused(file, 0, "gift.problem.noQuestions");
        }
        Map<String, Integer> firstLineOfKey = new HashMap<>();
        List<Accepted> accepted = new ArrayList<>();
        for (GiftQuestion question : questions) {
            int before = problems.size();
            Item item = item(file, question, problems);
            if (item == null) {
                continue;
            }
            checkKey(file, question.line(), item.key(), firstLineOfKey, contentKeys, problems);
            checkPlace(file, question.line(), item, topicsByModule, problems);
            if (problems.size() > before) {
                continue;
            }
            String source = GiftWriter.write(List.of(question));
            String hash = Hashes.sha256(source);
            if (readsBack(item, source, hash)) {
                accepted.add(new Accepted(item, source, hash, question.line()));
            } else {
                problems.add(problem(file, question.line(), "gift.problem.notStorable", item.key()));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(InvalidGift.Problem::line));
            throw new InvalidGift(problems);
        }
        return accepted;
    }

    /** The item a question defines, or null with the problems that keep it from being one. */
    private static Item item(String file, GiftQuestion question, List<InvalidGift.Problem> problems) {
        int line = question.line();
        // The usual mistakes in a file made for Moodle get a message in the reader's language.
        if (question.name() == null || question.name().isBlank()) {
            problems.add(problem(file, line, "gift.problem.noName"));
            return null;
        }
        if (question.category() == null || question.category().split("/").length != 2) {
            problems.add(problem(file, line, "gift.problem.noCategory", question.category() == null ? "" : question.category()));
            return null;
        }
        if (question.type() == GiftType.DESCRIPTION) {
            problems.add(problem(file, line, "gift.problem.description"));
            return null;
        }
        List<GiftProblem> found = new ArrayList<>();
        List<Item> items = GiftItems.fromGift(List.of(question), found);
        found.forEach(p -> problems.add(syntaxProblem(file, p)));
        return found.isEmpty() && items.size() == 1 ? items.get(0) : null;
    }

    private static void checkKey(String file, int line, String key, Map<String, Integer> firstLineOfKey,
                                 Set<String> contentKeys, List<InvalidGift.Problem> problems) {
        if (key.length() > MAX_KEY_LENGTH) {
            problems.add(problem(file, line, "gift.problem.keyTooLong", key, MAX_KEY_LENGTH));
        } else if (!KEY.matcher(key).matches()) {
            problems.add(problem(file, line, "gift.problem.keyInvalid", key));
        }
        Integer first = firstLineOfKey.putIfAbsent(key, line);
        if (first != null) {
            problems.add(problem(file, line, "gift.problem.keyRepeated", key, String.valueOf(first)));
        }
        if (contentKeys.contains(key)) {
            problems.add(problem(file, line, "gift.problem.keyInContent", key));
        }
    }

    private static void checkPlace(String file, int line, Item item, Map<String, List<String>> topicsByModule,
                                   List<InvalidGift.Problem> problems) {
        List<String> topics = topicsByModule.get(item.moduleKey());
        if (topics == null) {
            problems.add(problem(file, line, "gift.problem.moduleUnknown", item.moduleKey()));
        } else if (!topics.contains(item.topic())) {
            problems.add(problem(file, line, "gift.problem.topicNotInModule", item.topic(), item.moduleKey(),
                    String.join(", ", topics)));
        }
        if (item.unitCode() != null && item.unitCode().length() > MAX_UNIT_LENGTH) {
            problems.add(problem(file, line, "gift.problem.unitTooLong", item.unitCode(), MAX_UNIT_LENGTH));
        }
    }

    /** Whether the stored text gives back this very item, read exactly as the item bank will read it. */
    static boolean readsBack(Item item, String source, String hash) {
        try {
            return item.equals(ItemBank.parse(new ItemVersion(item, source, hash, ItemVersion.Origin.GIFT, Instant.EPOCH)));
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    /** The name as the coordinator knows it: without any folder a browser sent along, and not endless. */
    static String displayName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "GIFT";
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty()) {
            return "GIFT";
        }
        return name.length() > MAX_FILE_NAME ? name.substring(0, MAX_FILE_NAME) : name;
    }

    private static InvalidGift.Problem syntaxProblem(String file, GiftProblem problem) {
        return new InvalidGift.Problem(file, problem.line(), "gift.problem.syntax", List.of(problem.message()));
    }

    private static InvalidGift.Problem problem(String file, int line, String key, Object... arguments) {
        return new InvalidGift.Problem(file, line, key, List.of(arguments));
    }

    private static InvalidGift refused(String file, int line, String key, Object... arguments) {
        return new InvalidGift(List.of(problem(file, line, key, arguments)));
    }
}
