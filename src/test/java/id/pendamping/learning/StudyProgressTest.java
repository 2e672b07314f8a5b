package id.pendamping.learning;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendamping.learning.domain.StudyProgress;
import id.pendamping.learning.domain.StudyProgress.LessonRef;
import id.pendamping.learning.domain.StudyProgress.ModuleRef;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StudyProgressTest {

    private final List<ModuleRef> programme = List.of(
            new ModuleRef("m1", List.of(), List.of(lesson("a", "h1", "1"), lesson("b", "h2", "0.5"))),
            new ModuleRef("m2", List.of("m1"), List.of(lesson("c", "h3", "1"))),
            new ModuleRef("m3", List.of("m1", "outside"), List.of(lesson("d", "h4", "2"))));

    @Test
    void nothingStudiedLocksModulesWithPrerequisites() {
        StudyProgress progress = new StudyProgress(programme, Set.of());
        assertThat(progress.module("m1").locked()).isFalse();
        assertThat(progress.module("m2").locked()).isTrue();
        assertThat(progress.percent()).isZero();
        assertThat(progress.jp()).isEqualByComparingTo("4.5");
    }

    @Test
    void completingAPrerequisiteUnlocksAndCountsHours() {
        StudyProgress progress = new StudyProgress(programme, Set.of("a@h1", "b@h2"));
        assertThat(progress.module("m1").complete()).isTrue();
        assertThat(progress.module("m2").locked()).isFalse();
        assertThat(progress.module("m3").locked()).as("a prerequisite outside the programme does not lock").isFalse();
        assertThat(progress.jpStudied()).isEqualByComparingTo("1.5");
        assertThat(progress.percent()).isEqualTo(50);
    }

    @Test
    void aChangedLessonMustBeStudiedAgainButUnchangedOnesCount() {
        StudyProgress progress = new StudyProgress(programme, Set.of("a@old-version", "b@h2"));
        assertThat(progress.module("m1").studied()).isEqualTo(1);
        assertThat(progress.module("m1").complete()).isFalse();
        assertThat(progress.module("m2").locked()).isTrue();
    }

    @Test
    void everythingStudiedIsComplete() {
        StudyProgress progress = new StudyProgress(programme, Set.of("a@h1", "b@h2", "c@h3", "d@h4"));
        assertThat(progress.complete()).isTrue();
        assertThat(progress.percent()).isEqualTo(100);
    }

    private static LessonRef lesson(String key, String hash, String jp) {
        return new LessonRef(key, hash, new BigDecimal(jp));
    }
}
