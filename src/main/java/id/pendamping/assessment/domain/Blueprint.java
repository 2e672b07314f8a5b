package id.pendamping.assessment.domain;

import java.util.List;

/**
 * How a quiz is drawn from the item bank: for each rule, so many items of a topic (and, when set, of
 * a level). Every trainee gets a different draw of the same shape, so quizzes stay comparable.
 */
public record Blueprint(List<Rule> rules) {

    /** So many items of a topic, of one level or (level null) of any level. */
    public record Rule(String topic, CognitiveLevel level, int count) {

        public Rule {
            if (count < 1) {
                throw new IllegalArgumentException("a rule draws at least one item");
            }
        }

        boolean matches(Item item) {
            return item.topic().equals(topic) && (level == null || item.level() == level);
        }
    }

    public Blueprint {
        rules = List.copyOf(rules);
    }

    public int size() {
        return rules.stream().mapToInt(Rule::count).sum();
    }
}
