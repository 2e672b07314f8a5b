package id.pendamping.curriculum.domain;

/** One thing wrong in a content file, where an author can find it: the file, the line, what is wrong. */
public record ContentProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
