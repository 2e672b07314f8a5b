package id.pendamping.competency.application;

import id.pendamping.assessment.domain.Item;
import id.pendamping.assessment.domain.ItemBankLoader;
import id.pendamping.competency.domain.CertificationScheme;
import id.pendamping.competency.domain.CertificationScheme.CompetencyUnit;
import id.pendamping.competency.domain.CertificationScheme.Element;
import id.pendamping.competency.domain.CertificationScheme.PerformanceCriterion;
import id.pendamping.competency.domain.StandardsLoader;
import id.pendamping.curriculum.domain.ContentSource;
import id.pendamping.curriculum.domain.ContentValidation;
import id.pendamping.curriculum.domain.Curriculum;
import id.pendamping.curriculum.domain.CurriculumApplied;
import id.pendamping.curriculum.domain.InvalidContent;
import id.pendamping.curriculum.domain.ModuleDefinition;
import id.pendamping.curriculum.domain.ProgrammeDefinition;
import id.pendamping.platform.Hashes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The competence standards in {@code modules/standards/}: checked whenever the content folder is
 * validated, so a broken scheme stops the whole import with its file and line, and written inside
 * the import's transaction when it is applied. A scheme whose file did not change is left alone;
 * a unit no longer in its scheme is kept, inactive, because assessments may point to it.
 */
@ApplicationScoped
public class StandardsContent {

    @PersistenceContext
    EntityManager em;

    void validate(@Observes ContentValidation validation) {
        try {
            validation.report(read(validation.source(), validation.curriculum()).problems());
        } catch (InvalidContent broken) {
            // the item bank's own problems are reported by its validation; the standards wait for it
        }
    }

    void apply(@Observes CurriculumApplied applied) {
        Map<String, String> files = files(applied.source());
        List<CertificationScheme> schemes = read(applied.source(), applied.curriculum()).schemes();
        // One fingerprint for the folder: a change to any scheme file rewrites them all, which is idempotent.
        String hash = Hashes.sha256(String.join("\n", files.keySet()) + "\n" + String.join("\n", files.values()));
        int changes = 0;
        Set<String> present = new HashSet<>();
        for (CertificationScheme scheme : schemes) {
            present.add(scheme.code());
            List<?> stored = em.createNativeQuery("select content_hash from certification_scheme where code = ?1 and active")
                    .setParameter(1, scheme.code()).getResultList();
            if (!stored.isEmpty() && hash.equals(stored.get(0))) {
                continue;
            }
            write(scheme, hash, Timestamp.from(applied.at()));
            changes++;
        }
        for (Object code : em.createNativeQuery("select code from certification_scheme where active").getResultList()) {
            if (!present.contains((String) code)) {
                em.createNativeQuery("update certification_scheme set active = false where code = ?1").setParameter(1, code)
                        .executeUpdate();
                em.createNativeQuery("update competency_unit set active = false where scheme_code = ?1").setParameter(1, code)
                        .executeUpdate();
                changes++;
            }
        }
        applied.countChanges(changes);
    }

    private void write(CertificationScheme s, String hash, Timestamp at) {
        int updated = em.createNativeQuery("update certification_scheme set content_hash = ?2, title_id = ?3, title_en = ?4, "
                        + "description_id = ?5, description_en = ?6, programme_code = ?7, validity_years = ?8, "
                        + "second_rating = ?9, appeal_days = ?10, active = true, updated_at = ?11 where code = ?1")
                .setParameter(1, s.code()).setParameter(2, hash).setParameter(3, s.title().getIndonesian())
                .setParameter(4, s.title().getEnglish()).setParameter(5, s.description().getIndonesian())
                .setParameter(6, s.description().getEnglish()).setParameter(7, s.programmeCode())
                .setParameter(8, s.validityYears()).setParameter(9, s.secondRating()).setParameter(10, s.appealDays())
                .setParameter(11, at).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into certification_scheme (code, content_hash, title_id, title_en, description_id, "
                            + "description_en, programme_code, validity_years, second_rating, appeal_days, active, updated_at) "
                            + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, true, ?11)")
                    .setParameter(1, s.code()).setParameter(2, hash).setParameter(3, s.title().getIndonesian())
                    .setParameter(4, s.title().getEnglish()).setParameter(5, s.description().getIndonesian())
                    .setParameter(6, s.description().getEnglish()).setParameter(7, s.programmeCode())
                    .setParameter(8, s.validityYears()).setParameter(9, s.secondRating()).setParameter(10, s.appealDays())
                    .setParameter(11, at).executeUpdate();
        }
        em.createNativeQuery("update competency_unit set active = false where scheme_code = ?1").setParameter(1, s.code())
                .executeUpdate();
        int position = 0;
        for (CompetencyUnit unit : s.units()) {
            writeUnit(s.code(), unit, position++);
        }
    }

    private void writeUnit(String scheme, CompetencyUnit u, int position) {
        String evidence = u.evidence().stream().map(Enum::name).collect(Collectors.joining(","));
        int updated = em.createNativeQuery("update competency_unit set scheme_code = ?2, position = ?3, title_id = ?4, "
                        + "title_en = ?5, description_id = ?6, description_en = ?7, module_keys = ?8, item_keys = ?9, "
                        + "evidence = ?10, active = true where code = ?1")
                .setParameter(1, u.code()).setParameter(2, scheme).setParameter(3, position)
                .setParameter(4, u.title().getIndonesian()).setParameter(5, u.title().getEnglish())
                .setParameter(6, u.description().getIndonesian()).setParameter(7, u.description().getEnglish())
                .setParameter(8, String.join(",", u.moduleKeys())).setParameter(9, String.join(",", u.itemKeys()))
                .setParameter(10, evidence).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into competency_unit (code, scheme_code, position, title_id, title_en, "
                            + "description_id, description_en, module_keys, item_keys, evidence, active) "
                            + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, true)")
                    .setParameter(1, u.code()).setParameter(2, scheme).setParameter(3, position)
                    .setParameter(4, u.title().getIndonesian()).setParameter(5, u.title().getEnglish())
                    .setParameter(6, u.description().getIndonesian()).setParameter(7, u.description().getEnglish())
                    .setParameter(8, String.join(",", u.moduleKeys())).setParameter(9, String.join(",", u.itemKeys()))
                    .setParameter(10, evidence).executeUpdate();
        }
        // Elements and criteria are written afresh: they are addressed by (unit, code), which stays.
        em.createNativeQuery("delete from performance_criterion where unit_code = ?1").setParameter(1, u.code()).executeUpdate();
        em.createNativeQuery("delete from competency_element where unit_code = ?1").setParameter(1, u.code()).executeUpdate();
        int elementPosition = 0;
        int criterionPosition = 0;
        for (Element e : u.elements()) {
            em.createNativeQuery("insert into competency_element (unit_code, code, position, title_id, title_en) "
                            + "values (?1, ?2, ?3, ?4, ?5)").setParameter(1, u.code()).setParameter(2, e.code())
                    .setParameter(3, elementPosition++).setParameter(4, e.title().getIndonesian())
                    .setParameter(5, e.title().getEnglish()).executeUpdate();
            for (PerformanceCriterion c : e.criteria()) {
                em.createNativeQuery("insert into performance_criterion (unit_code, code, element_code, position, text_id, "
                                + "text_en) values (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, u.code()).setParameter(2, c.code())
                        .setParameter(3, e.code()).setParameter(4, criterionPosition++)
                        .setParameter(5, c.text().getIndonesian()).setParameter(6, c.text().getEnglish()).executeUpdate();
            }
        }
    }

    /** Reads the schemes against the folder's own curriculum and item bank. */
    private static StandardsLoader.Result read(ContentSource source, Curriculum curriculum) {
        Map<String, Set<String>> itemKeys = new HashMap<>();
        for (ModuleDefinition module : curriculum.modules()) {
            itemKeys.put(module.key(), new HashSet<>());
        }
        for (Item item : new ItemBankLoader().load(source, curriculum)) {
            itemKeys.computeIfAbsent(item.moduleKey(), k -> new HashSet<>()).add(item.key());
        }
        Set<String> programmes = curriculum.programmes().stream().map(ProgrammeDefinition::code).collect(Collectors.toSet());
        return new StandardsLoader().load(files(source), new StandardsLoader.Curriculum(programmes, itemKeys));
    }

    private static Map<String, String> files(ContentSource source) {
        Map<String, String> files = new LinkedHashMap<>();
        for (String path : source.files()) {
            if (path.startsWith(StandardsLoader.FOLDER) && path.endsWith(".yaml")) {
                files.put(path, source.read(path));
            }
        }
        return files;
    }
}
