package id.pendamping.learning.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a trainee stands in a programme, worked out from the lessons in service and the lesson
 * versions studied: per module the lessons and lesson hours (JP) done, whether it is complete, and
 * whether it is still locked because a prerequisite module is not complete. Pure: no database.
 */
public final class StudyProgress {

    /** A lesson in service: its key, version and hours. */
    public record LessonRef(String key, String contentHash, BigDecimal jp) {
    }

    /** A module of the programme with its prerequisites and lessons in order. */
    public record ModuleRef(String key, List<String> prerequisites, List<LessonRef> lessons) {
    }

    /** One module's standing. */
    public record ModuleStanding(String key, int lessons, int studied, BigDecimal jp, BigDecimal jpStudied,
                                 boolean locked) {

        public boolean complete() {
            return lessons > 0 && studied == lessons;
        }

        public int percent() {
            return lessons == 0 ? 0 : studied * 100 / lessons;
        }
    }

    private final Map<String, ModuleStanding> modules = new LinkedHashMap<>();

    /**
     * @param studied "lessonKey@contentHash" of every lesson version studied in the enrolment
     */
    public StudyProgress(List<ModuleRef> programmeModules, Set<String> studied) {
        Map<String, Boolean> complete = new LinkedHashMap<>();
        for (ModuleRef module : programmeModules) {
            int done = 0;
            BigDecimal jp = BigDecimal.ZERO;
            BigDecimal jpDone = BigDecimal.ZERO;
            for (LessonRef lesson : module.lessons()) {
                jp = jp.add(lesson.jp());
                if (studied.contains(key(lesson.key(), lesson.contentHash()))) {
                    done++;
                    jpDone = jpDone.add(lesson.jp());
                }
            }
            complete.put(module.key(), !module.lessons().isEmpty() && done == module.lessons().size());
            modules.put(module.key(), new ModuleStanding(module.key(), module.lessons().size(), done, jp, jpDone, false));
        }
        for (ModuleRef module : programmeModules) {
            // A prerequisite outside the programme cannot be studied here, so it does not lock.
            boolean locked = module.prerequisites().stream()
                    .anyMatch(p -> complete.containsKey(p) && !complete.get(p));
            ModuleStanding s = modules.get(module.key());
            modules.put(module.key(), new ModuleStanding(s.key(), s.lessons(), s.studied(), s.jp(), s.jpStudied(), locked));
        }
    }

    public static String key(String lessonKey, String contentHash) {
        return lessonKey + "@" + contentHash;
    }

    public ModuleStanding module(String key) {
        return modules.get(key);
    }

    public List<ModuleStanding> modules() {
        return new ArrayList<>(modules.values());
    }

    public BigDecimal jp() {
        return modules.values().stream().map(ModuleStanding::jp).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal jpStudied() {
        return modules.values().stream().map(ModuleStanding::jpStudied).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Share of the programme's lessons studied, 0 to 100. */
    public int percent() {
        int lessons = modules.values().stream().mapToInt(ModuleStanding::lessons).sum();
        int studied = modules.values().stream().mapToInt(ModuleStanding::studied).sum();
        return lessons == 0 ? 0 : BigDecimal.valueOf(studied * 100L).divide(BigDecimal.valueOf(lessons), 0,
                RoundingMode.DOWN).intValue();
    }

    public boolean complete() {
        return !modules.isEmpty() && modules.values().stream().allMatch(ModuleStanding::complete);
    }
}
