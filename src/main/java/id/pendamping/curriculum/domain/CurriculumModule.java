package id.pendamping.curriculum.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A module of the curriculum (mata pelatihan) as last imported from modules/. Its version goes up
 * each time its files change; its lessons keep every earlier version, so progress is never lost.
 */
@Entity
@Table(name = "curriculum_module")
@NamedQuery(name = "CurriculumModule.active",
        query = "select m from CurriculumModule m where m.active = true order by m.position")
public class CurriculumModule {

    @Id
    @Column(name = "module_key")
    private String key;

    private int version;

    @Column(name = "content_hash")
    private String contentHash;

    private int position;

    @Embedded
    @AttributeOverride(name = "indonesian", column = @Column(name = "title_id"))
    @AttributeOverride(name = "english", column = @Column(name = "title_en"))
    private LocalizedText title;

    @Embedded
    @AttributeOverride(name = "indonesian", column = @Column(name = "description_id"))
    @AttributeOverride(name = "english", column = @Column(name = "description_en"))
    private LocalizedText description;

    @Embedded
    @AttributeOverride(name = "indonesian", column = @Column(name = "objectives_id"))
    @AttributeOverride(name = "english", column = @Column(name = "objectives_en"))
    private LocalizedText objectives;

    private String prerequisites;

    private String topics;

    private BigDecimal jp;

    private boolean active;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected CurriculumModule() {
    }

    public CurriculumModule(ModuleDefinition definition, Instant now) {
        this.key = definition.key();
        this.version = 0;
        revise(definition, now);
    }

    /** Takes the content of a changed module file set: a new version. */
    public final void revise(ModuleDefinition definition, Instant now) {
        version++;
        contentHash = definition.contentHash();
        position = definition.position();
        title = definition.title();
        description = definition.description();
        objectives = LocalizedText.lines(definition.objectives());
        prerequisites = String.join(",", definition.prerequisites());
        topics = String.join(",", definition.topics().stream().map(Topic::key).toList());
        jp = definition.jp();
        active = true;
        updatedAt = now;
    }

    public void withdraw(Instant now) {
        active = false;
        updatedAt = now;
    }

    public String title(Locale locale) {
        return title.in(locale);
    }

    public String description(Locale locale) {
        return description.in(locale);
    }

    public List<String> objectives(Locale locale) {
        return objectives.linesIn(locale);
    }

    public List<String> prerequisiteKeys() {
        return prerequisites.isEmpty() ? List.of() : Arrays.asList(prerequisites.split(","));
    }

    /** The keys of the topics the module covers, in its own order; items of the module belong to one of them. */
    public List<String> topicKeys() {
        return topics.isEmpty() ? List.of() : Arrays.asList(topics.split(","));
    }

    public String getKey() {
        return key;
    }

    public int getVersion() {
        return version;
    }

    public String getContentHash() {
        return contentHash;
    }

    public int getPosition() {
        return position;
    }

    public BigDecimal getJp() {
        return jp;
    }

    public boolean isActive() {
        return active;
    }
}
