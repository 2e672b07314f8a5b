package id.pendamping.competency.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VerdictTest {

    @Test
    void codesAreTheOnesOnTheForms() {
        assertThat(Verdict.COMPETENT.code()).isEqualTo("K");
        assertThat(Verdict.NOT_YET_COMPETENT.code()).isEqualTo("BK");
    }

    @Test
    void readsItsCode() {
        assertThat(Verdict.fromCode("K")).isEqualTo(Verdict.COMPETENT);
        assertThat(Verdict.fromCode(" bk ")).isEqualTo(Verdict.NOT_YET_COMPETENT);
    }

    @Test
    void refusesAnythingElse() {
        assertThatThrownBy(() -> Verdict.fromCode("Kompeten"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Kompeten");
        assertThatThrownBy(() -> Verdict.fromCode("")).isInstanceOf(IllegalArgumentException.class);
    }
}
