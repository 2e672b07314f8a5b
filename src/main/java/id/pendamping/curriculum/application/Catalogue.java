package id.pendamping.curriculum.application;

import id.pendamping.curriculum.domain.CurriculumLesson;
import id.pendamping.curriculum.domain.CurriculumModule;
import id.pendamping.curriculum.domain.Programme;
import id.pendamping.curriculum.domain.CurriculumApplied;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** What the curriculum offers right now: programmes, their modules in order and the lessons in service. */
@ApplicationScoped
public class Catalogue {

    @PersistenceContext
    EntityManager em;

    /** The programmes a centre may open cohorts of: the national ones and its own. */
    @Transactional
    public List<Programme> programmesAvailableTo(Long centreId) {
        // National programmes first, then the centre's own, each by code.
        return em.createNamedQuery("Programme.availableTo", Programme.class).setParameter("center", centreId).getResultList()
                .stream().sorted(java.util.Comparator.comparing(Programme::isCentreProgramme)).toList();
    }

    @Transactional
    public Optional<Programme> programme(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Programme.class, id)).filter(Programme::isActive);
    }

    @Transactional
    public Optional<CurriculumModule> module(String key) {
        return Optional.ofNullable(key == null ? null : em.find(CurriculumModule.class, key)).filter(CurriculumModule::isActive);
    }

    @Transactional
    public List<CurriculumModule> modules() {
        return em.createNamedQuery("CurriculumModule.active", CurriculumModule.class).getResultList();
    }

    @Transactional
    public List<CurriculumLesson> lessons(String moduleKey) {
        return em.createNamedQuery("CurriculumLesson.currentOfModule", CurriculumLesson.class)
                .setParameter("module", moduleKey).getResultList();
    }

    @Transactional
    public Optional<CurriculumLesson> lesson(String lessonKey) {
        return em.createNamedQuery("CurriculumLesson.currentByKey", CurriculumLesson.class)
                .setParameter("key", lessonKey).getResultStream().findFirst();
    }

    /** A programme's modules in order with their lessons in service. */
    @Transactional
    public Map<CurriculumModule, List<CurriculumLesson>> outline(Programme programme) {
        Map<String, List<CurriculumLesson>> lessonsByModule = lessonsInService();
        Map<CurriculumModule, List<CurriculumLesson>> outline = new LinkedHashMap<>();
        for (String key : programme.getModuleKeys()) {
            CurriculumModule module = em.find(CurriculumModule.class, key);
            if (module != null && module.isActive()) {
                outline.put(module, lessonsByModule.getOrDefault(key, List.of()));
            }
        }
        return outline;
    }

    /**
     * The lessons in service by module, read once per curriculum import: every study page, quiz
     * list, quiz start that waits for the modules and progress report needs them, and reading them
     * means reading every lesson's HTML in both languages, a whole class at a time. Lessons change
     * only by an import, which clears this when its transaction ends; a read that began before then
     * is not kept. On several nodes, a node that did not run the import sees it after its next
     * restart or import, as with the item bank.
     */
    private Map<String, List<CurriculumLesson>> lessonsInService() {
        Map<String, List<CurriculumLesson>> lessons = inService;
        if (lessons != null) {
            return lessons;
        }
        long seen = imports.get();
        Map<String, List<CurriculumLesson>> read = new LinkedHashMap<>();
        for (CurriculumLesson lesson : em.createNamedQuery("CurriculumLesson.current", CurriculumLesson.class).getResultList()) {
            read.computeIfAbsent(lesson.getModuleKey(), k -> new ArrayList<>()).add(lesson);
        }
        read.replaceAll((module, ofModule) -> List.copyOf(ofModule));
        read = Collections.unmodifiableMap(read);
        synchronized (this) {
            if (imports.get() == seen) {
                inService = read;
            }
        }
        return read;
    }

    private volatile Map<String, List<CurriculumLesson>> inService;
    private final AtomicLong imports = new AtomicLong();

    // After completion, not only success: a rolled-back import may have been read inside its transaction.
    void curriculumImported(@Observes(during = TransactionPhase.AFTER_COMPLETION) CurriculumApplied applied) {
        synchronized (this) {
            imports.incrementAndGet();
            inService = null;
        }
    }
}
