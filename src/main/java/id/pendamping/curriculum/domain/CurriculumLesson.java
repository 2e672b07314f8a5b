package id.pendamping.curriculum.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One version of a lesson (materi), identified by its key and the hash of its content. A version is
 * never changed once imported: a changed file adds a new version and retires the old one.
 */
@Entity
@Table(name = "curriculum_lesson")
@NamedQuery(name = "CurriculumLesson.currentOfModule",
        query = "select l from CurriculumLesson l where l.moduleKey = :module and l.current = true order by l.position")
@NamedQuery(name = "CurriculumLesson.current",
        query = "select l from CurriculumLesson l where l.current = true order by l.moduleKey, l.position")
@NamedQuery(name = "CurriculumLesson.currentByKey",
        query = "select l from CurriculumLesson l where l.lessonKey = :key and l.current = true")
@NamedQuery(name = "CurriculumLesson.version",
        query = "select l from CurriculumLesson l where l.lessonKey = :key and l.contentHash = :hash")
public class CurriculumLesson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "lesson_key")
    private String lessonKey;

    @Column(name = "module_key")
    private String moduleKey;

    @Column(name = "content_hash")
    private String contentHash;

    private int position;

    private String topic;

    private BigDecimal jp;

    @Embedded
    @AttributeOverride(name = "indonesian", column = @Column(name = "title_id"))
    @AttributeOverride(name = "english", column = @Column(name = "title_en"))
    private LocalizedText title;

    @Embedded
    @AttributeOverride(name = "indonesian", column = @Column(name = "objectives_id"))
    @AttributeOverride(name = "english", column = @Column(name = "objectives_en"))
    private LocalizedText objectives;

    private String competencies;

    @Embedded
    @AttributeOverride(name = "indonesian", column = @Column(name = "html_id"))
    @AttributeOverride(name = "english", column = @Column(name = "html_en"))
    private LocalizedText html;

    @Column(name = "is_current")
    private boolean current;

    @Column(name = "imported_at")
    private Instant importedAt;

    protected CurriculumLesson() {
    }

    public CurriculumLesson(LessonDefinition definition, Instant now) {
        lessonKey = definition.key();
        moduleKey = definition.moduleKey();
        contentHash = definition.contentHash();
        position = definition.position();
        topic = definition.topic().key();
        jp = definition.jp();
        title = definition.title();
        objectives = LocalizedText.lines(definition.objectives());
        competencies = String.join(",", definition.competencies());
        html = new LocalizedText(definition.htmlIndonesian(), definition.htmlEnglish());
        current = true;
        importedAt = now;
    }

    public void retire() {
        current = false;
    }

    /** Back in service: the file returned to the content of this earlier version. */
    public void reinstate(int newPosition) {
        current = true;
        position = newPosition;
    }

    public String title(Locale locale) {
        return title.in(locale);
    }

    /** Sanitised HTML: rendered from Markdown and cleaned at import, safe to show as is. */
    public String html(Locale locale) {
        return html.in(locale);
    }

    public List<String> objectives(Locale locale) {
        return objectives.linesIn(locale);
    }

    public Long getId() {
        return id;
    }

    public String getLessonKey() {
        return lessonKey;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public String getContentHash() {
        return contentHash;
    }

    public int getPosition() {
        return position;
    }

    public String getTopic() {
        return topic;
    }

    public BigDecimal getJp() {
        return jp;
    }

    public boolean isCurrent() {
        return current;
    }
}
