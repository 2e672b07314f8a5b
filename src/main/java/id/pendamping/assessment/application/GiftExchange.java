package id.pendamping.assessment.application;

import id.pendamping.assessment.domain.Item;
import id.pendamping.assessment.domain.ItemVersion;
import id.pendamping.assessment.gift.GiftItems;
import id.pendamping.assessment.gift.GiftWriter;
import id.pendamping.curriculum.application.Catalogue;
import id.pendamping.curriculum.domain.CurriculumModule;
import id.pendamping.identity.application.Caller;
import id.pendamping.identity.domain.Role;
import id.pendamping.platform.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The item bank in Moodle's GIFT format, for coordinators and admins: a module's items exported to
 * take to Moodle, and a GIFT file imported into the bank, whole or not at all.
 *
 * <p>The bank is shared by every training centre, as the curriculum is; so is what an import adds.
 * An import only adds or revises the items it names: GIFT items missing from a later file stay in
 * service, since a file often holds one topic's questions, not the whole bank.
 */
@ApplicationScoped
public class GiftExchange {

    private static final Logger LOG = Logger.getLogger(GiftExchange.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Catalogue catalogue;

    @Inject
    ItemBank bank;

    @Inject
    Clock clock;

    @Inject
    Event<ItemBank.Changed> changed;

    /**
     * A module's items as GIFT, in one language.
     *
     * @param skippedItemKeys the items GIFT cannot express (ordering items), left out of the text
     */
    public record Export(String moduleKey, String text, int questions, List<String> skippedItemKeys) {
    }

    /** What an import did: items new to the bank, items given a new version, items already as in the file. */
    public record Summary(int added, int revised, int unchanged) implements java.io.Serializable {

        public int total() {
            return added + revised + unchanged;
        }
    }

    /**
     * The GIFT text of the module's items in service, grouped by topic in the module's order, each
     * item's text in the language asked for (a GIFT file holds one).
     *
     * @throws InvalidInput when no module with that key is in service
     */
    @Transactional
    public Export export(String moduleKey, Locale language) {
        caller.require(Role.COORDINATOR, Role.ADMIN);
        CurriculumModule module = catalogue.module(moduleKey)
                .orElseThrow(() -> new InvalidInput("module", "gift.moduleUnknown"));
        List<String> topics = module.topicKeys();
        List<Item> items = bank.current().stream().map(ItemBank.Entry::item)
                .filter(item -> item.moduleKey().equals(module.getKey()))
                .sorted(Comparator.comparingInt((Item item) -> topicIndex(topics, item.topic())).thenComparing(Item::key))
                .toList();
        GiftItems.Export export = GiftItems.toGift(items, language);
        return new Export(module.getKey(), GiftWriter.write(export.questions()), export.questions().size(),
                export.skippedItemKeys());
    }

    /**
     * Imports every question of a GIFT file as an item of the bank, in one transaction. The file is
     * checked completely first (see {@link GiftImportCheck}); with any problem nothing is written.
     * An item already imported from GIFT gets a new version only when its text changed; the version
     * it replaces is retired, and attempts that showed it keep pointing to it. The bank's cache is
     * refreshed once the transaction has committed.
     *
     * @param fileName the uploaded file's name, used only in problem messages
     * @throws InvalidGift listing every problem as "file:line: message"; nothing was imported
     */
    @Transactional
    public Summary importGift(String fileName, String text) {
        caller.require(Role.COORDINATOR, Role.ADMIN);
        Map<String, List<String>> topicsByModule = catalogue.modules().stream()
                .collect(Collectors.toMap(CurriculumModule::getKey, CurriculumModule::topicKeys));
        Set<String> contentKeys = currentOfOrigin(ItemVersion.Origin.CONTENT).keySet();
        List<GiftImportCheck.Accepted> accepted = GiftImportCheck.check(fileName, text, topicsByModule, contentKeys);

        Map<String, ItemVersion> inService = currentOfOrigin(ItemVersion.Origin.GIFT);
        Instant now = clock.instant();
        int added = 0;
        int revised = 0;
        int unchanged = 0;
        for (GiftImportCheck.Accepted item : accepted) {
            String key = item.item().key();
            ItemVersion current = inService.get(key);
            if (current != null && current.getContentHash().equals(item.contentHash())) {
                unchanged++;
                continue;
            }
            if (current == null) {
                added++;
            } else {
                current.retire();
                revised++;
            }
            // Going back to an earlier text brings its version back: (key, hash) is unique.
            List<ItemVersion> earlier = em.createNamedQuery("ItemVersion.version", ItemVersion.class)
                    .setParameter("key", key).setParameter("hash", item.contentHash()).getResultList();
            if (earlier.isEmpty()) {
                em.persist(new ItemVersion(item.item(), item.source(), item.contentHash(), ItemVersion.Origin.GIFT, now));
            } else {
                earlier.get(0).reinstate();
            }
        }
        if (added + revised > 0) {
            em.flush();
            changed.fire(new ItemBank.Changed());
        }
        String by = caller.account().getUsername();
        int addedCount = added;
        int revisedCount = revised;
        LOG.info(() -> "GIFT import by " + by + ": " + addedCount + " added, " + revisedCount + " revised");
        return new Summary(added, revised, unchanged);
    }

    private Map<String, ItemVersion> currentOfOrigin(ItemVersion.Origin origin) {
        Map<String, ItemVersion> byKey = new HashMap<>();
        em.createNamedQuery("ItemVersion.currentOfOrigin", ItemVersion.class).setParameter("origin", origin)
                .getResultList().forEach(version -> byKey.put(version.getItemKey(), version));
        return byKey;
    }

    private static int topicIndex(List<String> topics, String topic) {
        int index = topics.indexOf(topic);
        return index < 0 ? topics.size() : index;
    }
}
