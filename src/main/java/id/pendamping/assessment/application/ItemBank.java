package id.pendamping.assessment.application;

import id.pendamping.assessment.domain.Item;
import id.pendamping.assessment.domain.ItemBankLoader;
import id.pendamping.assessment.domain.ItemVersion;
import id.pendamping.assessment.gift.GiftItems;
import id.pendamping.assessment.gift.GiftParser;
import id.pendamping.assessment.gift.GiftProblem;
import id.pendamping.curriculum.domain.CurriculumApplied;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The item bank in memory. Item versions never change once stored, so an item read by its version
 * id is kept for good; the list of versions in service is kept until an import changes it. A whole
 * class starting a quiz at once then draws from memory instead of parsing the bank a thousand times.
 * On several nodes, a node that did not run the import sees the new bank after {@link #forget()}
 * is called there too (at its next restart or import); attempts already started are unaffected.
 */
@ApplicationScoped
public class ItemBank {

    /** An item in service, with the id of the version that attempts will point to. */
    public record Entry(Long versionId, Item item) {
    }

    /** Used when the import is committed. */
    public static final class Changed {
    }

    @PersistenceContext
    EntityManager em;

    private final Map<Long, Item> byVersion = new ConcurrentHashMap<>();
    private volatile List<Entry> current;

    public List<Entry> current() {
        List<Entry> entries = current;
        if (entries == null) {
            entries = new ArrayList<>();
            for (ItemVersion version : em.createNamedQuery("ItemVersion.current", ItemVersion.class).getResultList()) {
                entries.add(new Entry(version.getId(), byVersion.computeIfAbsent(version.getId(), id -> parse(version))));
            }
            entries = List.copyOf(entries);
            current = entries;
        }
        return entries;
    }

    public Item item(Long versionId) {
        return byVersion.computeIfAbsent(versionId, id -> parse(em.find(ItemVersion.class, id)));
    }

    public void forget() {
        current = null;
    }

    void importCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) CurriculumApplied applied) {
        forget();
    }

    void giftImportCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed changed) {
        forget();
    }

    static Item parse(ItemVersion version) {
        if (version.getOrigin() == ItemVersion.Origin.CONTENT) {
            return ItemBankLoader.parseStored(version.getSource(), version.getModuleKey(), version.getTopic());
        }
        List<GiftProblem> problems = new ArrayList<>();
        List<Item> items = GiftItems.fromGift(GiftParser.parse(version.getSource()), problems);
        if (!problems.isEmpty() || items.size() != 1) {
            throw new IllegalStateException("stored GIFT item " + version.getItemKey() + " no longer reads: " + problems);
        }
        return items.get(0);
    }
}
