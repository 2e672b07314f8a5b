package id.pendamping.assessment.domain;

import id.pendamping.curriculum.domain.Topic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One version of an item of the bank, kept for good: the text that defines it (YAML from the
 * content files, or GIFT from an import) and the fields quizzes draw by. "Current" marks the
 * versions in service; attempts keep pointing to the version they showed.
 */
@Entity
@Table(name = "assessment_item")
@NamedQuery(name = "ItemVersion.current", query = "select i from ItemVersion i where i.current = true order by i.moduleKey, i.itemKey")
@NamedQuery(name = "ItemVersion.currentOfOrigin", query = "select i from ItemVersion i where i.current = true and i.origin = :origin")
@NamedQuery(name = "ItemVersion.version", query = "select i from ItemVersion i where i.itemKey = :key and i.contentHash = :hash")
public class ItemVersion {

    public enum Origin { CONTENT, GIFT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_key")
    private String itemKey;

    @Column(name = "content_hash")
    private String contentHash;

    @Column(name = "module_key")
    private String moduleKey;

    private String topic;

    private String level;

    @Column(name = "unit_code")
    private String unitCode;

    @Column(name = "item_type")
    private String itemType;

    @Enumerated(EnumType.STRING)
    private Origin origin;

    private String source;

    @Column(name = "is_current")
    private boolean current;

    @Column(name = "imported_at")
    private Instant importedAt;

    protected ItemVersion() {
    }

    public ItemVersion(Item item, String source, String contentHash, Origin origin, Instant at) {
        this.itemKey = item.key();
        this.contentHash = contentHash;
        this.moduleKey = item.moduleKey();
        this.topic = item.topic();
        this.level = item.level().key();
        this.unitCode = item.unitCode();
        this.itemType = item.body().getClass().getSimpleName();
        this.origin = origin;
        this.source = source;
        this.current = true;
        this.importedAt = at;
    }

    public void retire() {
        current = false;
    }

    public void reinstate() {
        current = true;
    }

    public Long getId() {
        return id;
    }

    public String getItemKey() {
        return itemKey;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public Topic getTopic() {
        return Topic.byKey(topic).orElseThrow();
    }

    public Origin getOrigin() {
        return origin;
    }

    public String getSource() {
        return source;
    }

    public boolean isCurrent() {
        return current;
    }
}
