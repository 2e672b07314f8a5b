package id.pendamping.assessment.domain;

import java.util.Arrays;
import java.util.Optional;

/** What a quiz is for: the programme's pre-test and post-test (their difference is the learning gain) or a module's quiz. */
public enum QuizKind {
    PRE_TEST("pre-test"), POST_TEST("post-test"), MODULE_QUIZ("module-quiz");

    private final String key;

    QuizKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<QuizKind> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
