package id.pendamping.evaluation.domain;

import id.pendamping.evaluation.domain.SurveyQuestions.Question;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The responses to a survey summed up per question: for a rating, how many chose each of 1 to 5 and
 * the mean; for a comment, the comments in alphabetical order, so their order says nothing about who
 * answered when.
 */
public final class ReactionResults {

    private ReactionResults() {
    }

    public record Scale(Question question, int[] counts, int answered, OptionalDouble mean) {
    }

    public record Comments(Question question, List<String> comments) {
    }

    public record Summary(int responses, List<Scale> scales, List<Comments> comments) {
    }

    public static Summary of(List<Question> questions, Collection<Map<String, String>> responses) {
        List<Scale> scales = new ArrayList<>();
        List<Comments> comments = new ArrayList<>();
        for (Question q : questions) {
            if (q.type() == SurveyQuestions.Type.SCALE) {
                int[] counts = new int[5];
                int answered = 0;
                long sum = 0;
                for (Map<String, String> response : responses) {
                    String value = response.get(q.code());
                    if (value != null && value.matches("[1-5]")) {
                        int rating = Integer.parseInt(value);
                        counts[rating - 1]++;
                        answered++;
                        sum += rating;
                    }
                }
                scales.add(new Scale(q, counts, answered, answered == 0 ? OptionalDouble.empty()
                        : OptionalDouble.of((double) sum / answered)));
            } else {
                List<String> texts = responses.stream().map(r -> r.get(q.code())).filter(t -> t != null && !t.isBlank())
                        .map(String::strip).sorted(String.CASE_INSENSITIVE_ORDER).toList();
                comments.add(new Comments(q, texts));
            }
        }
        return new Summary(responses.size(), scales, comments);
    }
}
