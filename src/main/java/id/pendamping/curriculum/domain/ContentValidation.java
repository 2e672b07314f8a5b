package id.pendamping.curriculum.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Fired (as a CDI event) while content files are validated, before anything is imported, so that
 * later contexts check their own files in the same folder (the assessment context: items.yaml)
 * and the import stays all-or-nothing for the whole folder, without the curriculum knowing them.
 */
public final class ContentValidation {

    private final ContentSource source;
    private final Curriculum curriculum;
    private final List<ContentProblem> problems = new ArrayList<>();

    public ContentValidation(ContentSource source, Curriculum curriculum) {
        this.source = source;
        this.curriculum = curriculum;
    }

    public ContentSource source() {
        return source;
    }

    public Curriculum curriculum() {
        return curriculum;
    }

    public void report(List<ContentProblem> found) {
        problems.addAll(found);
    }

    public List<ContentProblem> problems() {
        return List.copyOf(problems);
    }
}
