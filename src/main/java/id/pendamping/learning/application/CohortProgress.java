package id.pendamping.learning.application;

import id.pendamping.curriculum.application.Catalogue;
import id.pendamping.curriculum.domain.CurriculumLesson;
import id.pendamping.curriculum.domain.CurriculumModule;
import id.pendamping.learning.domain.Cohort;
import id.pendamping.learning.domain.Enrolment;
import id.pendamping.learning.domain.LessonProgress;
import id.pendamping.learning.domain.StudyProgress;
import id.pendamping.platform.Calendars;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The coordinator's view of a cohort: every enrolled trainee's progress by module, in three queries. */
@ApplicationScoped
public class CohortProgress {

    public static final int MAX_WEEKS = 26;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CohortService cohorts;

    @Inject
    Catalogue catalogue;

    /** One trainee's line in the progress table; a class with getters so pages can sort and filter it. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String fullName;
        private final String email;
        private final int percent;
        private final BigDecimal jpStudied;
        private final Map<String, Integer> modulePercent;

        Row(String fullName, String email, StudyProgress progress) {
            this.fullName = fullName;
            this.email = email;
            this.percent = progress.percent();
            this.jpStudied = progress.jpStudied();
            this.modulePercent = new HashMap<>();
            progress.modules().forEach(m -> modulePercent.put(m.key(), m.percent()));
        }

        public String getFullName() {
            return fullName;
        }

        public String getEmail() {
            return email;
        }

        public int getPercent() {
            return percent;
        }

        public BigDecimal getJpStudied() {
            return jpStudied;
        }

        public Map<String, Integer> getModulePercent() {
            return modulePercent;
        }
    }

    /** The table, with the programme's modules in order as its columns. */
    public record Table(Cohort cohort, List<CurriculumModule> modules, List<Row> rows) {
    }

    @Transactional
    public Table of(Long cohortId) {
        Cohort cohort = cohorts.cohort(cohortId);
        Map<CurriculumModule, List<CurriculumLesson>> outline = catalogue.outline(cohort.getProgramme());
        Map<Long, Set<String>> studiedByEnrolment = new HashMap<>();
        for (LessonProgress p : em.createNamedQuery("LessonProgress.ofCohort", LessonProgress.class)
                .setParameter("cohort", cohort.getId()).getResultList()) {
            studiedByEnrolment.computeIfAbsent(p.getEnrolmentId(), k -> new HashSet<>())
                    .add(StudyProgress.key(p.getLessonKey(), p.getContentHash()));
        }
        List<Row> rows = new ArrayList<>();
        for (Enrolment e : cohorts.enrolments(cohortId, Enrolment.Status.ENROLLED)) {
            rows.add(new Row(e.getAccount().getFullName(), e.getAccount().getEmail(),
                    ProgressCalculation.of(outline, studiedByEnrolment.getOrDefault(e.getId(), Set.of()))));
        }
        return new Table(cohort, new ArrayList<>(outline.keySet()), rows);
    }

    /** The cohort's mean progress at the end of a week of its course: the week's first day and the percent. */
    public record Week(LocalDate startsOn, int percent) {
    }

    /**
     * The cohort's mean study progress (share of the programme's lessons studied, as in the table) at
     * the end of each week since it started, up to today or its end, at most {@link #MAX_WEEKS}.
     */
    @Transactional
    public List<Week> weekly(Long cohortId) {
        Cohort cohort = cohorts.cohort(cohortId);
        Set<String> current = new HashSet<>();
        catalogue.outline(cohort.getProgramme()).values().forEach(lessons -> lessons
                .forEach(l -> current.add(StudyProgress.key(l.getLessonKey(), l.getContentHash()))));
        Set<Long> enrolled = new HashSet<>(cohorts.enrolments(cohortId, Enrolment.Status.ENROLLED).stream()
                .map(Enrolment::getId).toList());
        List<Instant> studied = em.createNamedQuery("LessonProgress.ofCohort", LessonProgress.class)
                .setParameter("cohort", cohort.getId()).getResultList().stream()
                .filter(p -> enrolled.contains(p.getEnrolmentId())
                        && current.contains(StudyProgress.key(p.getLessonKey(), p.getContentHash())))
                .map(LessonProgress::getStudiedAt).toList();
        LocalDate today = Calendars.today(clock);
        LocalDate last = today.isBefore(cohort.getEndsOn()) ? today : cohort.getEndsOn();
        List<Week> weeks = new ArrayList<>();
        long possible = (long) current.size() * enrolled.size();
        for (LocalDate week = cohort.getStartsOn(); !week.isAfter(last) && weeks.size() < MAX_WEEKS; week = week.plusDays(7)) {
            Instant end = week.plusDays(7).atStartOfDay(Calendars.ZONE).toInstant();
            long done = studied.stream().filter(at -> at.isBefore(end)).count();
            weeks.add(new Week(week, possible == 0 ? 0 : (int) (100 * done / possible)));
        }
        return weeks;
    }
}
