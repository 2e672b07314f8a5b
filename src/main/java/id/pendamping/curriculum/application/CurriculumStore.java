package id.pendamping.curriculum.application;

import id.pendamping.curriculum.domain.ContentSource;
import id.pendamping.curriculum.domain.CurriculumApplied;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import id.pendamping.curriculum.domain.Curriculum;
import id.pendamping.curriculum.domain.CurriculumImportRecord;
import id.pendamping.curriculum.domain.CurriculumLesson;
import id.pendamping.curriculum.domain.CurriculumModule;
import id.pendamping.curriculum.domain.LessonDefinition;
import id.pendamping.curriculum.domain.ModuleDefinition;
import id.pendamping.curriculum.domain.Programme;
import id.pendamping.curriculum.domain.ProgrammeDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Writes a validated curriculum in one transaction: new versions for what changed, nothing else. */
@ApplicationScoped
public class CurriculumStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<CurriculumApplied> applied;

    /**
     * Returns how many modules changed (new, revised or withdrawn). Later contexts write what they
     * keep beside the curriculum (the item bank, the quizzes) in the same transaction, on the event.
     */
    @Transactional
    public int apply(ContentSource source, Curriculum curriculum, Instant now) {
        int changed = 0;
        Set<String> present = new HashSet<>();
        for (ModuleDefinition definition : curriculum.modules()) {
            present.add(definition.key());
            CurriculumModule module = em.find(CurriculumModule.class, definition.key());
            if (module != null && module.isActive() && module.getContentHash().equals(definition.contentHash())) {
                continue;
            }
            changed++;
            if (module == null) {
                em.persist(new CurriculumModule(definition, now));
                em.flush();
            } else {
                module.revise(definition, now);
            }
            replaceLessons(definition, now);
        }
        for (CurriculumModule module : em.createNamedQuery("CurriculumModule.active", CurriculumModule.class).getResultList()) {
            if (!present.contains(module.getKey())) {
                module.withdraw(now);
                em.createNamedQuery("CurriculumLesson.currentOfModule", CurriculumLesson.class)
                        .setParameter("module", module.getKey()).getResultList().forEach(CurriculumLesson::retire);
                changed++;
            }
        }
        applyProgrammes(curriculum.programmes());
        CurriculumApplied event = new CurriculumApplied(source, curriculum, now);
        applied.fire(event);
        return changed + event.otherChanges();
    }

    /** Lessons whose content is unchanged keep their row, and so the progress pointing to it. */
    private void replaceLessons(ModuleDefinition definition, Instant now) {
        List<CurriculumLesson> current = em.createNamedQuery("CurriculumLesson.currentOfModule", CurriculumLesson.class)
                .setParameter("module", definition.key()).getResultList();
        current.forEach(CurriculumLesson::retire);
        for (LessonDefinition lesson : definition.lessons()) {
            List<CurriculumLesson> sameVersion = em.createNamedQuery("CurriculumLesson.version", CurriculumLesson.class)
                    .setParameter("key", lesson.key()).setParameter("hash", lesson.contentHash()).getResultList();
            if (sameVersion.isEmpty()) {
                em.persist(new CurriculumLesson(lesson, now));
            } else {
                sameVersion.get(0).reinstate(lesson.position());
            }
        }
    }

    private void applyProgrammes(List<ProgrammeDefinition> definitions) {
        Set<String> codes = new HashSet<>();
        for (ProgrammeDefinition definition : definitions) {
            codes.add(definition.code());
            em.createNamedQuery("Programme.byCode", Programme.class).setParameter("code", definition.code())
                    .getResultStream().findFirst()
                    .ifPresentOrElse(p -> p.revise(definition), () -> em.persist(new Programme(definition)));
        }
        // A centre's own programmes are the centre's, not the files': an import leaves them alone.
        em.createNamedQuery("Programme.national", Programme.class).getResultList().stream()
                .filter(p -> !codes.contains(p.getCode())).forEach(Programme::withdraw);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public CurriculumImportRecord record(CurriculumImportRecord record) {
        em.persist(record);
        return record;
    }

    @Transactional
    public List<CurriculumImportRecord> recentImports(int count) {
        return em.createNamedQuery("CurriculumImportRecord.latest", CurriculumImportRecord.class)
                .setMaxResults(count).getResultList();
    }
}
