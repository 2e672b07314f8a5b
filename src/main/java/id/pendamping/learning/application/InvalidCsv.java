package id.pendamping.learning.application;

import id.pendamping.learning.domain.EnrolmentCsv;
import java.util.List;

/** A CSV upload with problems: nobody was enrolled. Lists every problem with its line. */
public class InvalidCsv extends RuntimeException {

    private final transient List<EnrolmentCsv.Problem> problems;

    public InvalidCsv(List<EnrolmentCsv.Problem> problems) {
        super(problems.size() + " problem(s) in the CSV file");
        this.problems = List.copyOf(problems);
    }

    public List<EnrolmentCsv.Problem> problems() {
        return problems;
    }
}
