package id.pendamping.assessment.application;

import id.pendamping.assessment.domain.ItemBankLoader;
import id.pendamping.assessment.domain.ItemBankLoader.SourcedItem;
import id.pendamping.assessment.domain.ItemVersion;
import id.pendamping.assessment.domain.Quiz;
import id.pendamping.assessment.domain.QuizDefinition;
import id.pendamping.assessment.domain.QuizLoader;
import id.pendamping.curriculum.domain.CurriculumApplied;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the item bank and the quizzes from the content folder, inside the curriculum import's
 * transaction: a new version for each item whose text changed, the old one retired (attempts keep
 * pointing to it); quizzes revised in place or withdrawn. Items imported from GIFT are left alone.
 */
@ApplicationScoped
public class AssessmentContentStore {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(AssessmentContentStore.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ItemBank bank;

    void apply(@Observes CurriculumApplied applied) {
        List<SourcedItem> items = new ItemBankLoader().loadWithSources(applied.source(), applied.curriculum());
        int changes = applyItems(items, applied);
        changes += applyQuizzes(new QuizLoader().load(applied.source(), applied.curriculum(),
                items.stream().map(SourcedItem::item).toList()));
        em.flush();
        if (changes > 0) {
            discardAttemptsDrawnAhead();
        }
        bank.forget();
        applied.countChanges(changes);
    }

    /** Attempts drawn ahead but not started would show the old bank or blueprint: they are drawn again. */
    private void discardAttemptsDrawnAhead() {
        String drawn = "(select a.id from quiz_attempt a where a.status = 'DRAWN')";
        em.createNativeQuery("delete from attempt_item where attempt_id in " + drawn).executeUpdate();
        em.createNativeQuery("delete from quiz_attempt where status = 'DRAWN'").executeUpdate();
    }

    private int applyItems(List<SourcedItem> items, CurriculumApplied applied) {
        Map<String, ItemVersion> current = new HashMap<>();
        em.createNamedQuery("ItemVersion.currentOfOrigin", ItemVersion.class)
                .setParameter("origin", ItemVersion.Origin.CONTENT).getResultList()
                .forEach(version -> current.put(version.getItemKey(), version));
        int changes = 0;
        Set<String> present = new HashSet<>();
        for (SourcedItem item : items) {
            String key = item.item().key();
            String hash = item.contentHash();
            present.add(key);
            ItemVersion inService = current.get(key);
            if (inService != null && inService.getContentHash().equals(hash)) {
                continue;
            }
            changes++;
            if (inService != null) {
                inService.retire();
            }
            List<ItemVersion> earlier = em.createNamedQuery("ItemVersion.version", ItemVersion.class)
                    .setParameter("key", key).setParameter("hash", hash).getResultList();
            if (earlier.isEmpty()) {
                em.persist(new ItemVersion(item.item(), item.source(), hash, ItemVersion.Origin.CONTENT, applied.at()));
            } else {
                earlier.get(0).reinstate();
            }
        }
        for (ItemVersion version : current.values()) {
            if (!present.contains(version.getItemKey())) {
                version.retire();
                changes++;
            }
        }
        // The content files win over an item imported from GIFT under the same id.
        for (ItemVersion imported : em.createNamedQuery("ItemVersion.currentOfOrigin", ItemVersion.class)
                .setParameter("origin", ItemVersion.Origin.GIFT).getResultList()) {
            if (present.contains(imported.getItemKey())) {
                LOG.warning(() -> "item " + imported.getItemKey() + " is now defined in the content files; the version "
                        + "imported from GIFT is retired");
                imported.retire();
                changes++;
            }
        }
        return changes;
    }

    private int applyQuizzes(List<QuizDefinition> definitions) {
        int changes = 0;
        Set<String> codes = new HashSet<>();
        for (QuizDefinition definition : definitions) {
            codes.add(definition.code());
            Quiz quiz = em.find(Quiz.class, definition.code());
            if (quiz == null) {
                em.persist(new Quiz(definition));
                changes++;
            } else if (!quiz.isActive() || !quiz.definition().equals(definition)) {
                quiz.revise(definition);
                changes++;
            }
        }
        for (Quiz quiz : em.createNamedQuery("Quiz.active", Quiz.class).getResultList()) {
            if (!codes.contains(quiz.getCode())) {
                quiz.withdraw();
                changes++;
            }
        }
        return changes;
    }
}
