package id.pendamping.identity.application;

import id.pendamping.identity.domain.Role;
import id.pendamping.identity.domain.TrainingCenter;
import id.pendamping.platform.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Training centres: an admin registers them; anyone may list them to register with one. */
@ApplicationScoped
public class TrainingCenterService {

    private static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9-]{1,39}$");

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public List<TrainingCenter> all() {
        return em.createNamedQuery("TrainingCenter.all", TrainingCenter.class).getResultList();
    }

    @Transactional
    public TrainingCenter create(String code, String name, String city) {
        caller.require(Role.ADMIN);
        String normalisedCode = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(normalisedCode).matches()) {
            throw new InvalidInput("code", "admin.centers.codeInvalid");
        }
        if (!em.createNamedQuery("TrainingCenter.byCode", TrainingCenter.class).setParameter("code", normalisedCode)
                .getResultList().isEmpty()) {
            throw new InvalidInput("code", "admin.centers.codeTaken");
        }
        if (name == null || name.strip().length() < 3 || name.strip().length() > 200) {
            throw new InvalidInput("name", "admin.centers.nameInvalid");
        }
        TrainingCenter center = new TrainingCenter(normalisedCode, name.strip(),
                city == null || city.isBlank() ? null : city.strip(), clock.instant());
        em.persist(center);
        return center;
    }
}
