package id.pendamping.curriculum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One attempt to import the curriculum, kept so staff can see what start-up or a reload found. */
@Entity
@Table(name = "curriculum_import")
@NamedQuery(name = "CurriculumImportRecord.latest", query = "select r from CurriculumImportRecord r order by r.id desc")
public class CurriculumImportRecord {

    public enum Trigger { STARTUP, MANUAL }

    public enum Outcome { IMPORTED, UNCHANGED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "started_at")
    private Instant startedAt;

    private String source;

    @Column(name = "trigger_kind")
    private String trigger;

    private String outcome;

    @Column(name = "modules_changed")
    private int modulesChanged;

    private String problems;

    @Column(name = "requested_by")
    private String requestedBy;

    protected CurriculumImportRecord() {
    }

    public CurriculumImportRecord(Instant startedAt, String source, Trigger trigger, Outcome outcome, int modulesChanged,
                                  String problems, String requestedBy) {
        this.startedAt = startedAt;
        this.source = source.length() > 500 ? source.substring(source.length() - 500) : source;
        this.trigger = trigger.name();
        this.outcome = outcome.name();
        this.modulesChanged = modulesChanged;
        this.problems = problems;
        this.requestedBy = requestedBy;
    }

    public Long getId() {
        return id;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getSource() {
        return source;
    }

    public String getTrigger() {
        return trigger;
    }

    public String getOutcome() {
        return outcome;
    }

    public int getModulesChanged() {
        return modulesChanged;
    }

    public String getProblems() {
        return problems;
    }

    public String getRequestedBy() {
        return requestedBy;
    }
}
