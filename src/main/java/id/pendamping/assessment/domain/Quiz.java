package id.pendamping.assessment.domain;

import id.pendamping.curriculum.domain.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;

/**
 * A quiz in service, as last imported from modules/quizzes.yaml. Attempts keep their own deadline
 * and items, so a quiz revised mid-cohort changes only the attempts started after it.
 * Kept in the second-level cache: a whole class reads it when it starts, and only an import changes it.
 */
@Entity
@Cacheable
@Table(name = "quiz")
@NamedQuery(name = "Quiz.active", query = "select q from Quiz q where q.active = true order by q.code")
public class Quiz {

    @Id
    private String code;

    @Enumerated(EnumType.STRING)
    private QuizKind kind;

    @Column(name = "programme_code")
    private String programmeCode;

    @Column(name = "module_key")
    private String moduleKey;

    @Embedded
    @AttributeOverride(name = "indonesian", column = @Column(name = "title_id"))
    @AttributeOverride(name = "english", column = @Column(name = "title_en"))
    private LocalizedText title;

    @Column(name = "time_limit_seconds")
    private int timeLimitSeconds;

    @Column(name = "attempts_allowed")
    private int attemptsAllowed;

    @Enumerated(EnumType.STRING)
    private Grading grading;

    @Column(name = "pass_percent")
    private BigDecimal passPercent;

    @Enumerated(EnumType.STRING)
    private ReviewPolicy review;

    @Column(name = "opens_after_modules")
    private boolean opensAfterModules;

    @Column(name = "includes_essays")
    private boolean includesEssays;

    private String blueprint;

    private boolean active;

    @Version
    private long version;

    protected Quiz() {
    }

    public Quiz(QuizDefinition definition) {
        this.code = definition.code();
        revise(definition);
    }

    public final void revise(QuizDefinition definition) {
        this.kind = definition.kind();
        this.programmeCode = definition.programmeCode();
        this.moduleKey = definition.moduleKey();
        this.title = definition.title();
        this.timeLimitSeconds = (int) definition.timeLimit().toSeconds();
        this.attemptsAllowed = definition.attemptsAllowed();
        this.grading = definition.grading();
        this.passPercent = definition.passPercent();
        this.review = definition.review();
        this.opensAfterModules = definition.opensAfterModules();
        this.includesEssays = definition.includesEssays();
        this.blueprint = definition.blueprintText();
        this.active = true;
    }

    public void withdraw() {
        active = false;
    }

    public QuizDefinition definition() {
        return new QuizDefinition(code, kind, programmeCode, moduleKey, title, getTimeLimit(), attemptsAllowed, grading,
                passPercent, review, opensAfterModules, includesEssays, QuizDefinition.parseBlueprint(blueprint));
    }

    /** Whether the quiz belongs to a programme (its pre- and post-test, or a quiz of one of its modules). */
    public boolean belongsTo(String programme, java.util.List<String> programmeModules) {
        return kind == QuizKind.MODULE_QUIZ ? programmeModules.contains(moduleKey) : programme.equals(programmeCode);
    }

    /** Whether it counts in a programme: as the centre chose for its own programme, else by belonging. */
    public boolean countsIn(id.pendamping.curriculum.domain.Programme programme) {
        return programme.counts(code).orElseGet(() -> belongsTo(programme.getCode(), programme.getModuleKeys()));
    }

    public String title(Locale locale) {
        return title.in(locale);
    }

    public String getCode() {
        return code;
    }

    public QuizKind getKind() {
        return kind;
    }

    public String getProgrammeCode() {
        return programmeCode;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public Duration getTimeLimit() {
        return Duration.ofSeconds(timeLimitSeconds);
    }

    public int getAttemptsAllowed() {
        return attemptsAllowed;
    }

    public Grading getGrading() {
        return grading;
    }

    public BigDecimal getPassPercent() {
        return passPercent;
    }

    public ReviewPolicy getReview() {
        return review;
    }

    public boolean isOpensAfterModules() {
        return opensAfterModules;
    }

    public boolean isActive() {
        return active;
    }
}
