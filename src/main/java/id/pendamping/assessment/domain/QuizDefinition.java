package id.pendamping.assessment.domain;

import id.pendamping.curriculum.domain.LocalizedText;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * A quiz as modules/quizzes.yaml defines it: what it is for (a programme's pre- or post-test, or a
 * module's quiz), how its items are drawn, its time limit, how many attempts and which of them
 * counts, the pass mark, when answers are shown, and whether it waits until every module is studied.
 */
public record QuizDefinition(String code, QuizKind kind, String programmeCode, String moduleKey, LocalizedText title,
                             Duration timeLimit, int attemptsAllowed, Grading grading, BigDecimal passPercent,
                             ReviewPolicy review, boolean opensAfterModules, boolean includesEssays,
                             Blueprint blueprint) {

    public QuizDefinition {
        passPercent = passPercent.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** A compact, stable text of the blueprint ("topic:level:count;..."), kept with the quiz. */
    public String blueprintText() {
        StringBuilder text = new StringBuilder();
        for (Blueprint.Rule rule : blueprint.rules()) {
            if (text.length() > 0) {
                text.append(';');
            }
            text.append(rule.topic()).append(':').append(rule.level() == null ? "*" : rule.level().key())
                    .append(':').append(rule.count());
        }
        return text.toString();
    }

    public static Blueprint parseBlueprint(String text) {
        return new Blueprint(java.util.Arrays.stream(text.split(";")).map(part -> {
            String[] fields = part.split(":");
            return new Blueprint.Rule(fields[0], "*".equals(fields[1]) ? null : CognitiveLevel.byKey(fields[1]).orElseThrow(),
                    Integer.parseInt(fields[2]));
        }).toList());
    }
}
