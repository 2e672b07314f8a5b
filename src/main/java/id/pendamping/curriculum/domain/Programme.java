package id.pendamping.curriculum.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A training programme (program pelatihan): modules in order. Cohorts are opened from it. A national
 * programme comes from modules/programmes.yaml; a centre's own programme is set up by its
 * coordinators from the curriculum's modules, with the JP it plans per module, the quizzes that count
 * and its own pass mark, and only that centre sees it.
 */
@Entity
@Table(name = "programme")
@NamedQuery(name = "Programme.active", query = "select p from Programme p where p.active = true order by p.code")
@NamedQuery(name = "Programme.national", query = "select p from Programme p where p.active = true "
        + "and p.trainingCenterId is null order by p.code")
@NamedQuery(name = "Programme.availableTo", query = "select p from Programme p where p.active = true "
        + "and (p.trainingCenterId is null or p.trainingCenterId = :center) order by p.code")
@NamedQuery(name = "Programme.ofCenter", query = "select p from Programme p where p.trainingCenterId = :center "
        + "order by p.active desc, p.code")
@NamedQuery(name = "Programme.byCode", query = "select p from Programme p where p.code = :code")
public class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Embedded
    @AttributeOverride(name = "indonesian", column = @Column(name = "title_id"))
    @AttributeOverride(name = "english", column = @Column(name = "title_en"))
    private LocalizedText title;

    @Embedded
    @AttributeOverride(name = "indonesian", column = @Column(name = "description_id"))
    @AttributeOverride(name = "english", column = @Column(name = "description_en"))
    private LocalizedText description;

    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_module", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    private List<ProgrammeModule> modules = new ArrayList<>();

    @Column(name = "training_center_id")
    private Long trainingCenterId;

    @Column(name = "pass_percent")
    private BigDecimal passPercent;

    @Column(name = "quizzes_chosen")
    private boolean quizzesChosen;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_quiz", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "quiz_code")
    private Set<String> quizCodes = new HashSet<>();

    @Version
    private long version;

    protected Programme() {
    }

    public Programme(ProgrammeDefinition definition) {
        code = definition.code();
        revise(definition);
    }

    /** A centre's own programme. */
    public static Programme ofCentre(Long trainingCenterId, String code, CentrePlan plan) {
        Programme programme = new Programme();
        programme.code = code;
        programme.trainingCenterId = trainingCenterId;
        programme.plan(plan);
        return programme;
    }

    /** What a centre decides about its programme. */
    public record CentrePlan(LocalizedText title, LocalizedText description, List<ProgrammeModule> modules,
                             Set<String> quizCodes, BigDecimal passPercent) {
    }

    public final void revise(ProgrammeDefinition definition) {
        title = definition.title();
        description = definition.description();
        modules.clear();
        definition.moduleKeys().forEach(key -> modules.add(new ProgrammeModule(key, null)));
        active = true;
    }

    /** Revises a centre's programme; cohorts already opened follow it, as they follow curriculum updates. */
    public void plan(CentrePlan plan) {
        title = plan.title();
        description = plan.description();
        modules.clear();
        modules.addAll(plan.modules());
        quizzesChosen = true;
        quizCodes.clear();
        quizCodes.addAll(plan.quizCodes());
        passPercent = plan.passPercent();
        active = true;
    }

    public boolean isCentreProgramme() {
        return trainingCenterId != null;
    }

    public Long getTrainingCenterId() {
        return trainingCenterId;
    }

    public List<ProgrammeModule> getModules() {
        return List.copyOf(modules);
    }

    /** The JP the centre planned for a module here, if it did. */
    public Optional<BigDecimal> plannedJp(String moduleKey) {
        return modules.stream().filter(m -> m.getModuleKey().equals(moduleKey) && m.getJp() != null)
                .map(ProgrammeModule::getJp).findFirst();
    }

    /** Whether a quiz counts, when the centre chose them; empty when the default rule applies. */
    public Optional<Boolean> counts(String quizCode) {
        return quizzesChosen ? Optional.of(quizCodes.contains(quizCode)) : Optional.empty();
    }

    public Set<String> getQuizCodes() {
        return Set.copyOf(quizCodes);
    }

    /** The programme's own pass mark on its post-test, if it set one. */
    public Optional<BigDecimal> passPercent() {
        return Optional.ofNullable(passPercent);
    }

    public void withdraw() {
        active = false;
    }

    public String title(Locale locale) {
        return title.in(locale);
    }

    public String description(Locale locale) {
        return description.in(locale);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public List<String> getModuleKeys() {
        return modules.stream().map(ProgrammeModule::getModuleKey).toList();
    }

    public boolean isActive() {
        return active;
    }
}
