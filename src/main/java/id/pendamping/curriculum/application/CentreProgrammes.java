package id.pendamping.curriculum.application;

import id.pendamping.curriculum.domain.CurriculumModule;
import id.pendamping.curriculum.domain.LocalizedText;
import id.pendamping.curriculum.domain.Programme;
import id.pendamping.curriculum.domain.ProgrammeModule;
import id.pendamping.identity.application.Caller;
import id.pendamping.identity.domain.Role;
import id.pendamping.platform.AccessDenied;
import id.pendamping.platform.InvalidInput;
import id.pendamping.platform.TextInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Programme set-up by a centre's coordinators: a programme of the centre's own, composed from the
 * curriculum's modules in the order the centre teaches them, with the JP it plans per module, the
 * quizzes that count and its pass mark on the post-test. Only the centre's coordinators see and
 * change it; every rule is checked here, whatever page or call it comes from.
 */
@ApplicationScoped
public class CentreProgrammes {

    public static final BigDecimal MAX_MODULE_JP = new BigDecimal("200");

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Catalogue catalogue;

    @Inject
    QuizOptions quizOptions;

    /** A module as the coordinator placed it: included or not, its position and its planned JP (optional). */
    public record ModuleChoice(String moduleKey, boolean included, Integer order, BigDecimal jp) implements Serializable {
    }

    /** The programme as typed on the form. */
    public record Draft(String code, String titleId, String titleEn, String descriptionId, String descriptionEn,
                        List<ModuleChoice> modules, Set<String> quizCodes, BigDecimal passPercent) implements Serializable {
    }

    @Transactional
    public List<Programme> mine() {
        caller.require(Role.COORDINATOR);
        return em.createNamedQuery("Programme.ofCenter", Programme.class)
                .setParameter("center", caller.account().getTrainingCenter().getId()).getResultList();
    }

    /** One of the centre's own programmes; a programme of another centre, or a national one, is refused. */
    @Transactional
    public Programme mine(Long id) {
        caller.require(Role.COORDINATOR);
        Programme programme = id == null ? null : em.find(Programme.class, id);
        if (programme == null || !caller.account().getTrainingCenter().getId().equals(programme.getTrainingCenterId())) {
            throw new AccessDenied("programme " + id);
        }
        programme.getModules();
        programme.getQuizCodes();
        return programme;
    }

    /** The quizzes that may count, for the modules of the curriculum. */
    @Transactional
    public List<QuizOptions.Option> quizOptions() {
        caller.require(Role.COORDINATOR);
        return quizOptions.offeredFor(catalogue.modules().stream().map(CurriculumModule::getKey).toList());
    }

    /** Creates (id null) or revises one of the centre's programmes; a draft with a problem changes nothing. */
    @Transactional
    public Programme save(Long id, Draft draft) {
        caller.require(Role.COORDINATOR);
        Programme existing = id == null ? null : mine(id);
        String code = existing != null ? existing.getCode() : code(draft.code());
        LocalizedText title = new LocalizedText(
                TextInput.required(draft.titleId(), "titleId", "programme.titleRequired", "programme.titleTooLong", 300),
                TextInput.required(draft.titleEn(), "titleEn", "programme.titleRequired", "programme.titleTooLong", 300));
        LocalizedText description = new LocalizedText(
                TextInput.optional(draft.descriptionId(), "descriptionId", "programme.descriptionTooLong", 2000),
                TextInput.optional(draft.descriptionEn(), "descriptionEn", "programme.descriptionTooLong", 2000));
        List<ProgrammeModule> modules = modules(draft.modules());
        List<QuizOptions.Option> quizzes = quizzes(draft.quizCodes(), modules);
        BigDecimal pass = passPercent(draft.passPercent(), quizzes);
        Programme.CentrePlan plan = new Programme.CentrePlan(title, description, modules,
                quizzes.stream().map(QuizOptions.Option::code).collect(Collectors.toCollection(LinkedHashSet::new)), pass);
        if (existing != null) {
            existing.plan(plan);
            return existing;
        }
        Programme programme = Programme.ofCentre(caller.account().getTrainingCenter().getId(), code, plan);
        em.persist(programme);
        return programme;
    }

    private String code(String typed) {
        String code = typed == null ? "" : typed.strip().toUpperCase(java.util.Locale.ROOT);
        if (!code.matches("[A-Z0-9][A-Z0-9-]{2,39}")) {
            throw new InvalidInput("code", "programme.codeInvalid");
        }
        if (!em.createNamedQuery("Programme.byCode", Programme.class).setParameter("code", code).getResultList().isEmpty()) {
            throw new InvalidInput("code", "programme.codeTaken", code);
        }
        return code;
    }

    private List<ProgrammeModule> modules(List<ModuleChoice> choices) {
        Map<String, CurriculumModule> active = catalogue.modules().stream()
                .collect(Collectors.toMap(CurriculumModule::getKey, Function.identity()));
        List<ModuleChoice> included = new ArrayList<>();
        Set<Integer> orders = new HashSet<>();
        for (ModuleChoice choice : choices == null ? List.<ModuleChoice>of() : choices) {
            if (!choice.included()) {
                continue;
            }
            CurriculumModule module = active.get(choice.moduleKey());
            if (module == null) {
                throw new InvalidInput("modules", "programme.moduleUnknown", choice.moduleKey());
            }
            if (choice.order() == null || choice.order() < 1 || !orders.add(choice.order())) {
                throw new InvalidInput("modules", "programme.orderInvalid", module.title(null));
            }
            if (choice.jp() != null && (choice.jp().signum() <= 0 || choice.jp().compareTo(MAX_MODULE_JP) > 0
                    || choice.jp().scale() > 2)) {
                throw new InvalidInput("modules", "programme.jpInvalid", module.title(null), MAX_MODULE_JP);
            }
            included.add(choice);
        }
        if (included.isEmpty()) {
            throw new InvalidInput("modules", "programme.modulesRequired");
        }
        return included.stream().sorted(Comparator.comparing(ModuleChoice::order))
                .map(c -> new ProgrammeModule(c.moduleKey(), c.jp())).toList();
    }

    private List<QuizOptions.Option> quizzes(Set<String> chosen, List<ProgrammeModule> modules) {
        Map<String, QuizOptions.Option> offered = quizOptions.offeredFor(modules.stream().map(ProgrammeModule::getModuleKey)
                .toList()).stream().collect(Collectors.toMap(QuizOptions.Option::code, Function.identity()));
        List<QuizOptions.Option> quizzes = new ArrayList<>();
        Set<String> kinds = new HashSet<>();
        for (String code : chosen == null ? Set.<String>of() : chosen) {
            QuizOptions.Option option = offered.get(code);
            if (option == null) {
                throw new InvalidInput("quizzes", "programme.quizNotOffered", code);
            }
            if (option.test() && !kinds.add(option.kind())) {
                throw new InvalidInput("quizzes", "programme.oneTestEach");
            }
            quizzes.add(option);
        }
        return quizzes;
    }

    private BigDecimal passPercent(BigDecimal pass, List<QuizOptions.Option> quizzes) {
        if (pass == null) {
            return null;
        }
        if (pass.signum() < 0 || pass.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidInput("passPercent", "programme.passInvalid");
        }
        if (quizzes.stream().noneMatch(o -> "POST_TEST".equals(o.kind()))) {
            throw new InvalidInput("passPercent", "programme.passWithoutPostTest");
        }
        return pass;
    }
}
