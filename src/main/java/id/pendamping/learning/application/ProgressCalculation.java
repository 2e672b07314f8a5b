package id.pendamping.learning.application;

import id.pendamping.curriculum.domain.CurriculumLesson;
import id.pendamping.curriculum.domain.CurriculumModule;
import id.pendamping.learning.domain.StudyProgress;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the curriculum's outline and a set of studied lesson versions into a {@link StudyProgress}. */
public final class ProgressCalculation {

    private ProgressCalculation() {
    }

    public static StudyProgress of(Map<CurriculumModule, List<CurriculumLesson>> outline, Set<String> studied) {
        List<StudyProgress.ModuleRef> refs = outline.entrySet().stream().map(e -> new StudyProgress.ModuleRef(
                e.getKey().getKey(), e.getKey().prerequisiteKeys(),
                e.getValue().stream().map(l -> new StudyProgress.LessonRef(l.getLessonKey(), l.getContentHash(), l.getJp()))
                        .toList())).toList();
        return new StudyProgress(refs, studied);
    }
}
