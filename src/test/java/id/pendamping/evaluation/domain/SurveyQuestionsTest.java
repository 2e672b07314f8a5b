package id.pendamping.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurveyQuestionsTest {

    @Test
    void readsRatingsAndCommentsNumberedByPositionIgnoringBlankAndCommentLines() {
        SurveyQuestions.Parsed parsed = SurveyQuestions.parse("""
                # Evaluasi penyelenggaraan
                SCALE | Materi sesuai kebutuhan | Content matched my needs

                text | Saran perbaikan | Suggestions
                """);
        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.questions()).containsExactly(
                new SurveyQuestions.Question("q1", SurveyQuestions.Type.SCALE, "Materi sesuai kebutuhan", "Content matched my needs"),
                new SurveyQuestions.Question("q2", SurveyQuestions.Type.TEXT, "Saran perbaikan", "Suggestions"));
    }

    @Test
    void namesTheLineOfEachProblem() {
        SurveyQuestions.Parsed parsed = SurveyQuestions.parse("""
                SCALE | Materi | Content
                RATING | Jadwal | Schedule
                SCALE | Fasilitator
                TEXT |  | Comments
                """);
        assertThat(parsed.problems()).containsExactly(new SurveyQuestions.Problem(2, "survey.template.type"),
                new SurveyQuestions.Problem(3, "survey.template.lineFormat"),
                new SurveyQuestions.Problem(4, "survey.template.bothLanguages"));
        assertThat(SurveyQuestions.parse("# kosong\n\n").problems()).extracting(SurveyQuestions.Problem::messageKey)
                .containsExactly("survey.template.empty");
    }

    @Test
    void sumsUpRatingsAndSortsCommentsSoTheirOrderSaysNothingAboutWhoAnswered() {
        List<SurveyQuestions.Question> questions = SurveyQuestions.parse("SCALE | A | A\nTEXT | B | B").questions();
        ReactionResults.Summary summary = ReactionResults.of(questions, List.of(
                Map.of("q1", "4", "q2", "zaman materi kurang"), Map.of("q1", "5"), Map.of("q1", "2", "q2", "Asyik")));
        assertThat(summary.responses()).isEqualTo(3);
        ReactionResults.Scale scale = summary.scales().get(0);
        assertThat(scale.counts()).containsExactly(0, 1, 0, 1, 1);
        assertThat(scale.mean().getAsDouble()).isEqualTo(11.0 / 3);
        assertThat(summary.comments().get(0).comments()).containsExactly("Asyik", "zaman materi kurang");
    }
}
