package id.pendamping.competency.domain;

import java.util.Arrays;
import java.util.Objects;

/**
 * An assessor's judgement of a candidate on one unit. There is no "failed": Belum Kompeten means
 * "not yet", and the candidate may be re-assessed.
 *
 * <p>The constants follow the glossary in the domain document; the codes are the ones assessors write
 * on the forms and that registers and exports use.
 */
public enum Verdict {

    /** Kompeten: the evidence shows the candidate meets every criterion of the unit. */
    COMPETENT("K"),

    /** Belum Kompeten: the evidence does not yet show it; the reasons say what is missing. */
    NOT_YET_COMPETENT("BK");

    private final String code;

    Verdict(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The verdict written as its code, "K" or "BK"; case and surrounding spaces are forgiven, nothing else. */
    public static Verdict fromCode(String code) {
        Objects.requireNonNull(code, "code");
        String normalised = code.strip();
        return Arrays.stream(values())
                .filter(verdict -> verdict.code.equalsIgnoreCase(normalised))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No verdict with code '" + code + "': use K or BK"));
    }
}
