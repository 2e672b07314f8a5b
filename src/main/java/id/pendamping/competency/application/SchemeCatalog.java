package id.pendamping.competency.application;

import id.pendamping.competency.domain.CertificationScheme;
import id.pendamping.competency.domain.CertificationScheme.CompetencyUnit;
import id.pendamping.competency.domain.CertificationScheme.Element;
import id.pendamping.competency.domain.CertificationScheme.EvidenceMethod;
import id.pendamping.competency.domain.CertificationScheme.PerformanceCriterion;
import id.pendamping.curriculum.domain.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schemes as the import wrote them, read back whole (units, elements, criteria) for the people
 * who assess against them. Only active units: a unit dropped from the files is no longer assessed.
 */
@ApplicationScoped
public class SchemeCatalog {

    @PersistenceContext
    EntityManager em;

    @Transactional
    public Optional<CertificationScheme> scheme(String code) {
        List<?> rows = em.createNativeQuery("select code, title_id, title_en, description_id, description_en, programme_code, "
                + "validity_years, second_rating, appeal_days from certification_scheme where code = ?1 and active")
                .setParameter(1, code).getResultList();
        return rows.stream().map(r -> scheme((Object[]) r)).findFirst();
    }

    /** The active schemes whose candidates come from this programme. */
    @Transactional
    public List<CertificationScheme> ofProgramme(String programmeCode) {
        List<?> codes = em.createNativeQuery("select code from certification_scheme where programme_code = ?1 and active "
                + "order by code").setParameter(1, programmeCode).getResultList();
        return codes.stream().map(c -> scheme((String) c).orElseThrow()).toList();
    }

    @Transactional
    public List<String> activeCodes() {
        return em.createNativeQuery("select code from certification_scheme where active order by code").getResultList()
                .stream().map(String.class::cast).toList();
    }

    private CertificationScheme scheme(Object[] r) {
        String code = (String) r[0];
        return new CertificationScheme(code, new LocalizedText((String) r[1], (String) r[2]),
                new LocalizedText((String) r[3], (String) r[4]), (String) r[5], ((Number) r[6]).intValue(),
                (Boolean) r[7], ((Number) r[8]).intValue(), units(code));
    }

    private List<CompetencyUnit> units(String scheme) {
        Map<String, List<Element>> elements = elements(scheme);
        List<CompetencyUnit> units = new ArrayList<>();
        for (Object row : em.createNativeQuery("select code, title_id, title_en, description_id, description_en, module_keys, "
                + "item_keys, evidence from competency_unit where scheme_code = ?1 and active order by position")
                .setParameter(1, scheme).getResultList()) {
            Object[] r = (Object[]) row;
            String code = (String) r[0];
            units.add(new CompetencyUnit(code, new LocalizedText((String) r[1], (String) r[2]),
                    new LocalizedText((String) r[3], (String) r[4]), list((String) r[5]), list((String) r[6]),
                    list((String) r[7]).stream().map(EvidenceMethod::valueOf).toList(),
                    elements.getOrDefault(code, List.of())));
        }
        return units;
    }

    private Map<String, List<Element>> elements(String scheme) {
        Map<String, Map<String, List<PerformanceCriterion>>> criteria = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("select c.unit_code, c.element_code, c.code, c.text_id, c.text_en "
                + "from performance_criterion c join competency_unit u on u.code = c.unit_code where u.scheme_code = ?1 "
                + "order by c.position").setParameter(1, scheme).getResultList()) {
            Object[] r = (Object[]) row;
            criteria.computeIfAbsent((String) r[0], u -> new LinkedHashMap<>())
                    .computeIfAbsent((String) r[1], e -> new ArrayList<>())
                    .add(new PerformanceCriterion((String) r[2], new LocalizedText((String) r[3], (String) r[4])));
        }
        Map<String, List<Element>> elements = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("select e.unit_code, e.code, e.title_id, e.title_en from competency_element e "
                + "join competency_unit u on u.code = e.unit_code where u.scheme_code = ?1 order by e.position")
                .setParameter(1, scheme).getResultList()) {
            Object[] r = (Object[]) row;
            String unit = (String) r[0];
            String code = (String) r[1];
            elements.computeIfAbsent(unit, u -> new ArrayList<>()).add(new Element(code,
                    new LocalizedText((String) r[2], (String) r[3]),
                    criteria.getOrDefault(unit, Map.of()).getOrDefault(code, List.of())));
        }
        return elements;
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? List.of() : Arrays.asList(commaSeparated.split(","));
    }
}
