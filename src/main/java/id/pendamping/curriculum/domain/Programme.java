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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A training programme (program pelatihan): modules in order. Cohorts are opened from it. */
@Entity
@Table(name = "programme")
@NamedQuery(name = "Programme.active", query = "select p from Programme p where p.active = true order by p.code")
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
    @Column(name = "module_key")
    private List<String> moduleKeys = new ArrayList<>();

    @Version
    private long version;

    protected Programme() {
    }

    public Programme(ProgrammeDefinition definition) {
        code = definition.code();
        revise(definition);
    }

    public final void revise(ProgrammeDefinition definition) {
        title = definition.title();
        description = definition.description();
        moduleKeys.clear();
        moduleKeys.addAll(definition.moduleKeys());
        active = true;
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
        return List.copyOf(moduleKeys);
    }

    public boolean isActive() {
        return active;
    }
}
