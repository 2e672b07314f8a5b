package id.pendamping.competency.application;

import id.pendamping.competency.domain.AssessorLicence;
import id.pendamping.competency.domain.AssessorRegistration;
import id.pendamping.identity.application.Caller;
import id.pendamping.identity.domain.Account;
import id.pendamping.identity.domain.Role;
import id.pendamping.platform.Calendars;
import id.pendamping.platform.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The register of assessors kept by an admin: registration number, licence expiry and schemes in
 * scope. Assignment and every recording check the licence here, so an expired or out-of-scope
 * assessor is refused by the service whatever page they came from.
 */
@ApplicationScoped
public class AssessorRegister {

    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9./ -]{2,59}");

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    SchemeCatalog schemes;

    @Inject
    AuditLog audit;

    /** An assessor account with its registration, when it has one. */
    public record Entry(Account account, AssessorRegistration registration) {
        public boolean registered() {
            return registration != null;
        }
    }

    @Transactional
    public List<Entry> assessors() {
        caller.require(Role.ADMIN);
        return em.createQuery("select a from Account a where a.role = :role order by a.fullName", Account.class)
                .setParameter("role", Role.ASSESSOR).getResultList().stream()
                .map(a -> new Entry(a, em.find(AssessorRegistration.class, a.getId()))).toList();
    }

    /** Registers an assessor or changes their registration. */
    @Transactional
    public void register(Long accountId, String registrationNumber, LocalDate licenceExpiresOn, Set<String> schemeCodes) {
        caller.require(Role.ADMIN);
        Account assessor = accountId == null ? null : em.find(Account.class, accountId);
        if (assessor == null || assessor.getRole() != Role.ASSESSOR) {
            throw new InvalidInput("assessor", "assessor.register.notAssessor");
        }
        String number = registrationNumber == null ? "" : registrationNumber.strip();
        if (!NUMBER.matcher(number).matches()) {
            throw new InvalidInput("registrationNumber", "assessor.register.number");
        }
        Optional<AssessorRegistration> holder = em.createNamedQuery("AssessorRegistration.byNumber", AssessorRegistration.class)
                .setParameter("number", number).getResultStream().findFirst();
        if (holder.isPresent() && !holder.get().getAccountId().equals(accountId)) {
            throw new InvalidInput("registrationNumber", "assessor.register.numberTaken");
        }
        if (licenceExpiresOn == null) {
            throw new InvalidInput("licenceExpiresOn", "assessor.register.expiry");
        }
        if (schemeCodes == null || schemeCodes.isEmpty() || !schemes.activeCodes().containsAll(schemeCodes)) {
            throw new InvalidInput("schemes", "assessor.register.schemes");
        }
        AssessorRegistration registration = em.find(AssessorRegistration.class, accountId);
        if (registration == null) {
            registration = new AssessorRegistration(accountId);
            registration.change(number, licenceExpiresOn, schemeCodes, clock.instant());
            em.persist(registration);
        } else {
            registration.change(number, licenceExpiresOn, schemeCodes, clock.instant());
        }
        audit.append(caller.account().getUsername(), "assessor.registered", "assessor " + assessor.getUsername(),
                number + ", licence until " + licenceExpiresOn + ", schemes " + String.join(", ", schemeCodes));
    }

    /** Why this assessor may not assess on the scheme today, as a bundle key; empty when they may. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> refusal(Long assessorId, String schemeCode) {
        AssessorRegistration registration = em.find(AssessorRegistration.class, assessorId);
        if (registration == null) {
            return Optional.of("assessor.licence.unregistered");
        }
        AssessorLicence licence = registration.licence();
        return licence.refusal(schemeCode, Calendars.today(clock));
    }

    /** Refuses the recording when the licence does not cover the scheme today. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireLicence(Long assessorId, String schemeCode) {
        refusal(assessorId, schemeCode).ifPresent(key -> {
            throw new InvalidInput("licence", key);
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public String registrationNumber(Long assessorId) {
        AssessorRegistration registration = em.find(AssessorRegistration.class, assessorId);
        return registration == null ? "?" + assessorId : registration.getRegistrationNumber();
    }
}
