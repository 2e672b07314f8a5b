package id.pendamping.evaluation.domain;

import id.pendamping.platform.Messages;
import java.util.List;
import java.util.Locale;

/**
 * The questions the reaction survey asks about each trainer of the cohort (evaluasi pengajar): two
 * ratings and a comment, with the trainer's name in both languages. Their codes carry the trainer's
 * position (t1a, t1b, t1c, ...), apart from the template's q1, q2, ..., so editing the template never
 * mixes them up.
 */
public final class TrainerQuestions {

    private TrainerQuestions() {
    }

    public static List<SurveyQuestions.Question> about(int position, String name) {
        return List.of(question(position, "a", SurveyQuestions.Type.SCALE, "survey.trainer.mastery", name),
                question(position, "b", SurveyQuestions.Type.SCALE, "survey.trainer.delivery", name),
                question(position, "c", SurveyQuestions.Type.TEXT, "survey.trainer.suggestion", name));
    }

    private static SurveyQuestions.Question question(int position, String suffix, SurveyQuestions.Type type, String key,
                                                     String name) {
        return new SurveyQuestions.Question("t" + position + suffix, type, Messages.text(Messages.INDONESIAN, key, name),
                Messages.text(Locale.ENGLISH, key, name));
    }
}
