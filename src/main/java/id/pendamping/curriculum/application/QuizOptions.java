package id.pendamping.curriculum.application;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The quizzes a centre may count in a programme built from some modules. Quizzes are the assessment
 * context's, which builds on the curriculum; it implements this so that programme set-up can offer
 * and check them without the curriculum depending on it.
 */
public interface QuizOptions {

    /** A quiz on offer: its code, title in both languages, kind (bundle key suffix) and pass mark. */
    record Option(String code, String titleIndonesian, String titleEnglish, String kind, BigDecimal passPercent) {
        public String title(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? titleEnglish : titleIndonesian;
        }

        public boolean test() {
            return "PRE_TEST".equals(kind) || "POST_TEST".equals(kind);
        }
    }

    /** Every pre-test and post-test, and the quizzes of the given modules. */
    List<Option> offeredFor(Collection<String> moduleKeys);
}
