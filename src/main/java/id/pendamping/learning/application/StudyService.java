package id.pendamping.learning.application;

import id.pendamping.curriculum.application.Catalogue;
import id.pendamping.curriculum.domain.CurriculumLesson;
import id.pendamping.curriculum.domain.CurriculumModule;
import id.pendamping.identity.application.Caller;
import id.pendamping.identity.domain.Role;
import id.pendamping.learning.domain.Enrolment;
import id.pendamping.learning.domain.LessonProgress;
import id.pendamping.learning.domain.StudyProgress;
import id.pendamping.platform.AccessDenied;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A trainee studying: their enrolments and progress, modules (locked until their prerequisites are
 * complete), lessons with next and previous, "studied" marks and resuming where they left off.
 * Every call checks the enrolment is the caller's own.
 */
@ApplicationScoped
public class StudyService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Catalogue catalogue;

    @Inject
    java.time.Clock clock;

    /** A module of the programme with its lessons and where the trainee stands in it. */
    public record ModuleView(CurriculumModule module, List<CurriculumLesson> lessons,
                             StudyProgress.ModuleStanding standing, Set<String> studiedLessonKeys) {
    }

    /** An enrolment with the programme's outline and progress. */
    public record ProgrammeView(Enrolment enrolment, List<ModuleView> modules, StudyProgress progress) {

        /** Where to continue: the last lesson opened, or else the first lesson not yet studied; null when none. */
        public String resumeLessonKey() {
            String last = enrolment.getLastLessonKey();
            boolean lastStillThere = last != null && modules.stream()
                    .anyMatch(m -> m.lessons().stream().anyMatch(l -> l.getLessonKey().equals(last)));
            if (lastStillThere) {
                return last;
            }
            return modules.stream().filter(m -> !m.standing().locked())
                    .flatMap(m -> m.lessons().stream().filter(l -> !m.studiedLessonKeys().contains(l.getLessonKey())))
                    .map(CurriculumLesson::getLessonKey).findFirst().orElse(null);
        }
    }

    /** A lesson opened for reading, with its neighbours in the programme. */
    public record LessonView(Enrolment enrolment, CurriculumModule module, CurriculumLesson lesson, boolean studied,
                             String previousLessonKey, String nextLessonKey, StudyProgress progress) {
    }

    @Transactional
    public List<ProgrammeView> myTraining() {
        caller.require(Role.TRAINEE);
        List<ProgrammeView> views = new ArrayList<>();
        for (Enrolment enrolment : em.createNamedQuery("Enrolment.ofAccount", Enrolment.class)
                .setParameter("account", caller.account().getId()).getResultList()) {
            views.add(enrolment.isEnrolled() ? view(enrolment) : new ProgrammeView(enrolment, List.of(), null));
        }
        return views;
    }

    @Transactional
    public ProgrammeView programme(Long enrolmentId) {
        return view(myEnrolment(enrolmentId));
    }

    @Transactional
    public ModuleView module(Long enrolmentId, String moduleKey) {
        ProgrammeView programme = view(myEnrolment(enrolmentId));
        ModuleView module = programme.modules().stream().filter(m -> m.module().getKey().equals(moduleKey))
                .findFirst().orElseThrow(() -> new AccessDenied("module " + moduleKey + " not in the programme"));
        if (module.standing().locked()) {
            throw new ModuleLocked(module.module());
        }
        return module;
    }

    /** Opens a lesson and remembers it as the place to resume. */
    @Transactional
    public LessonView open(Long enrolmentId, String lessonKey) {
        Enrolment enrolment = myEnrolment(enrolmentId);
        ProgrammeView programme = view(enrolment);
        List<CurriculumLesson> sequence = new ArrayList<>();
        programme.modules().forEach(m -> sequence.addAll(m.lessons()));
        int index = -1;
        for (int i = 0; i < sequence.size(); i++) {
            if (sequence.get(i).getLessonKey().equals(lessonKey)) {
                index = i;
            }
        }
        if (index < 0) {
            throw new AccessDenied("lesson " + lessonKey + " not in the programme");
        }
        CurriculumLesson lesson = sequence.get(index);
        ModuleView module = programme.modules().stream()
                .filter(m -> m.module().getKey().equals(lesson.getModuleKey())).findFirst().orElseThrow();
        if (module.standing().locked()) {
            throw new ModuleLocked(module.module());
        }
        enrolment.opened(lessonKey);
        String previous = index > 0 ? sequence.get(index - 1).getLessonKey() : null;
        String next = index < sequence.size() - 1 ? sequence.get(index + 1).getLessonKey() : null;
        return new LessonView(enrolment, module.module(), lesson, module.studiedLessonKeys().contains(lessonKey),
                previous, next, programme.progress());
    }

    /**
     * Marks the version of the lesson in service as studied (marking it again changes nothing) and
     * tells which lesson follows it in the programme, null after the last. Refused for a lesson
     * outside the trainee's programme or in a module still locked, as opening it would be.
     */
    @Transactional
    public String markStudied(Long enrolmentId, String lessonKey) {
        LessonView lesson = open(enrolmentId, lessonKey);
        String hash = lesson.lesson().getContentHash();
        Long enrolment = lesson.enrolment().getId();
        if (em.find(LessonProgress.class, new LessonProgress.Key(enrolment, lessonKey, hash)) == null) {
            em.persist(new LessonProgress(enrolment, lessonKey, hash, clock.instant()));
        }
        return lesson.nextLessonKey();
    }

    /** The caller's own enrolment, accepted into its cohort; refused for anyone else's. */
    @Transactional
    public Enrolment myEnrolment(Long enrolmentId) {
        caller.require(Role.TRAINEE);
        Enrolment enrolment = enrolmentId == null ? null : em.find(Enrolment.class, enrolmentId);
        if (enrolment == null || !enrolment.isEnrolled()
                || !enrolment.getAccount().getId().equals(caller.account().getId())) {
            throw new AccessDenied("enrolment " + enrolmentId);
        }
        return enrolment;
    }

    private ProgrammeView view(Enrolment enrolment) {
        Map<CurriculumModule, List<CurriculumLesson>> outline = catalogue.outline(enrolment.getCohort().getProgramme());
        Set<String> studied = em.createNamedQuery("LessonProgress.ofEnrolment", LessonProgress.class)
                .setParameter("enrolment", enrolment.getId()).getResultList().stream()
                .map(p -> StudyProgress.key(p.getLessonKey(), p.getContentHash())).collect(Collectors.toSet());
        StudyProgress progress = ProgressCalculation.of(outline, studied);
        List<ModuleView> modules = new ArrayList<>();
        outline.forEach((module, lessons) -> modules.add(new ModuleView(module, lessons,
                progress.module(module.getKey()),
                lessons.stream().filter(l -> studied.contains(StudyProgress.key(l.getLessonKey(), l.getContentHash())))
                        .map(CurriculumLesson::getLessonKey).collect(Collectors.toSet()))));
        return new ProgrammeView(enrolment, modules, progress);
    }
}
