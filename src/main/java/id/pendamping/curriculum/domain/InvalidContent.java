package id.pendamping.curriculum.domain;

import java.util.List;
import java.util.stream.Collectors;

/** The content files have problems; nothing was imported. Lists every problem found, not just the first. */
public class InvalidContent extends RuntimeException {

    private final transient List<ContentProblem> problems;

    public InvalidContent(List<ContentProblem> problems) {
        super(problems.size() + " problem(s) in the curriculum files:\n"
                + problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
