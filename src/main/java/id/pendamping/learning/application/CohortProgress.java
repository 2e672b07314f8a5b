package id.pendamping.learning.application;

import id.pendamping.curriculum.application.Catalogue;
import id.pendamping.curriculum.domain.CurriculumLesson;
import id.pendamping.curriculum.domain.CurriculumModule;
import id.pendamping.learning.domain.Cohort;
import id.pendamping.learning.domain.Enrolment;
import id.pendamping.learning.domain.LessonProgress;
import id.pendamping.learning.domain.StudyProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The coordinator's view of a cohort: every enrolled trainee's progress by module, in three queries. */
@ApplicationScoped
public class CohortProgress {

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
}
