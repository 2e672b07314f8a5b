package id.pendamping.assessment.api;

import id.pendamping.assessment.application.QuizCatalog.AttemptView;
import id.pendamping.assessment.application.QuizCatalog.QuizStanding;
import id.pendamping.assessment.application.QuizCatalog.ShownItem;
import id.pendamping.assessment.application.SaveOutcome;
import id.pendamping.assessment.domain.AttemptAnswer;
import id.pendamping.assessment.application.ItemView;
import id.pendamping.assessment.domain.QuizAttempt;
import static id.pendamping.platform.JsonText.JSON;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;

/**
 * The API's JSON for quizzes and attempts. An open attempt carries its items as shown (stems and
 * options in the shown order, with their defined indices) and never a weight or a right answer.
 */
final class AttemptJson {

    private AttemptJson() {
    }

    static JsonObject standing(QuizStanding standing, Locale locale) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("code", standing.quiz().getCode())
                .add("kind", standing.quiz().getKind().key())
                .add("title", standing.quiz().title(locale))
                .add("timeLimitMinutes", standing.quiz().getTimeLimit().toMinutes())
                .add("attemptsAllowed", standing.quiz().getAttemptsAllowed())
                .add("attemptsLeft", standing.attemptsLeft())
                .add("open", standing.open())
                .add("passPercent", standing.quiz().getPassPercent());
        standing.inProgress().ifPresent(a -> json.add("attemptInProgress", a.getId()));
        standing.grade().ifPresent(g -> json.add("grade", g).add("passed", standing.passed()));
        return json.build();
    }

    static JsonObject attempt(AttemptView view, Locale locale) {
        QuizAttempt attempt = view.attempt();
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", attempt.getId())
                .add("quizCode", attempt.getQuizCode())
                .add("title", view.quiz().title(locale))
                .add("number", attempt.getNumber())
                .add("status", attempt.getStatus().name())
                .add("startedAt", attempt.getStartedAt().toString())
                .add("deadline", attempt.getDeadline().toString())
                .add("serverTime", view.serverTime().toString())
                .add("remainingSeconds", view.remaining().toSeconds());
        JsonArrayBuilder items = JSON.createArrayBuilder();
        view.items().forEach(item -> items.add(item(item, locale)));
        json.add("items", items);
        JsonObjectBuilder answers = JSON.createObjectBuilder();
        for (AttemptAnswer answer : view.answers().values()) {
            answers.add(String.valueOf(answer.getPosition()), JSON.createObjectBuilder()
                    .add("response", JSON.createReader(new StringReader(answer.getResponse())).readObject())
                    .add("sequence", answer.getSequence()));
        }
        json.add("answers", answers);
        if (!attempt.isOpen()) {
            json.add("result", JSON.createObjectBuilder()
                    .add("closedBy", attempt.getClosedBy().name())
                    .add("closedAt", attempt.getClosedAt().toString())
                    .add("percent", attempt.getPercent())
                    .add("points", attempt.getPoints())
                    .add("maxPoints", attempt.getMaxPoints())
                    .add("passed", attempt.getPassed())
                    .add("essaysPending", attempt.getEssaysPending()));
        }
        return json.build();
    }

    static JsonObject saved(SaveOutcome outcome) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("position", outcome.position())
                .add("sequence", outcome.storedSequence())
                .add("applied", outcome.applied());
        if (outcome.savedAt() != null) {
            json.add("savedAt", outcome.savedAt().toString());
        }
        return json.build();
    }

    private static JsonObject item(ShownItem shown, Locale locale) {
        ItemView view = ItemView.of(shown, locale, "", 0);
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("position", view.position())
                .add("type", view.type())
                .add("stem", view.stem());
        addChoices(json, "options", view.options());
        addChoices(json, "lefts", view.lefts());
        addChoices(json, "rights", view.rights());
        addChoices(json, "steps", view.steps());
        return json.build();
    }

    private static void addChoices(JsonObjectBuilder json, String name, List<ItemView.Choice> choices) {
        if (!choices.isEmpty()) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            choices.forEach(c -> array.add(JSON.createObjectBuilder().add("index", c.index()).add("text", c.text())));
            json.add(name, array);
        }
    }
}
