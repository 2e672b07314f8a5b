package id.pendamping.evaluation.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A survey template as a coordinator writes it: one question per line,
 * {@code SCALE | Indonesian | English} for a rating from 1 (strongly disagree) to 5 (strongly agree)
 * or {@code TEXT | Indonesian | English} for a comment. Blank lines and lines starting with # are
 * ignored. Every problem is reported with its line, and a template with a problem is not saved.
 */
public final class SurveyQuestions {

    public static final int MAX_QUESTIONS = 30;
    public static final int MAX_TEXT = 300;

    private SurveyQuestions() {
    }

    public enum Type { SCALE, TEXT }

    /** A question; its code is its position (q1, q2, ...), so answers keep their meaning while the wording is edited. */
    public record Question(String code, Type type, String indonesian, String english) {
        public String text(boolean english) {
            return english ? this.english : indonesian;
        }
    }

    /** A problem on one line of the template. */
    public record Problem(int line, String messageKey) {
    }

    public record Parsed(List<Question> questions, List<Problem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public static Parsed parse(String text) {
        List<Question> questions = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            if (parts.length != 3) {
                problems.add(new Problem(i + 1, "survey.template.lineFormat"));
                continue;
            }
            Type type;
            try {
                type = Type.valueOf(parts[0].strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                problems.add(new Problem(i + 1, "survey.template.type"));
                continue;
            }
            String indonesian = parts[1].strip();
            String english = parts[2].strip();
            if (indonesian.isEmpty() || english.isEmpty()) {
                problems.add(new Problem(i + 1, "survey.template.bothLanguages"));
                continue;
            }
            if (indonesian.length() > MAX_TEXT || english.length() > MAX_TEXT) {
                problems.add(new Problem(i + 1, "survey.template.tooLong"));
                continue;
            }
            questions.add(new Question("q" + (questions.size() + 1), type, indonesian, english));
        }
        if (problems.isEmpty() && questions.isEmpty()) {
            problems.add(new Problem(0, "survey.template.empty"));
        }
        if (questions.size() > MAX_QUESTIONS) {
            problems.add(new Problem(0, "survey.template.tooMany"));
        }
        return new Parsed(List.copyOf(questions), List.copyOf(problems));
    }
}
