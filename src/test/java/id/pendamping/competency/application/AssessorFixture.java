package id.pendamping.competency.application;

import id.pendamping.competency.domain.AssessorRegistration;
import id.pendamping.identity.application.Passwords;
import id.pendamping.identity.domain.Account;
import id.pendamping.identity.domain.Role;
import id.pendamping.identity.domain.TrainingCenter;
import id.pendamping.testing.TraineeFixture;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** In-container test data: assessors of the demo centre with registrations of their own, and ways to spoil them. */
@ApplicationScoped
public class AssessorFixture {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    /** A new assessor of the demo centre, registered for the mentor scheme until a year from today. */
    @Transactional
    public Account registeredAssessor(String prefix) {
        TrainingCenter centre = em.createNamedQuery("TrainingCenter.byCode", TrainingCenter.class)
                .setParameter("code", "BBPPKS-JKT").getSingleResult();
        String username = prefix + "-" + System.currentTimeMillis() % 1_000_000 + "-" + COUNTER.incrementAndGet();
        Account assessor = new Account(username, username + "@uji.pendamping.id", "Asesor Uji " + username,
                passwords.hash(TraineeFixture.PASSWORD), Role.ASSESSOR, centre, clock.instant());
        em.persist(assessor);
        em.flush();
        AssessorRegistration registration = new AssessorRegistration(assessor.getId());
        registration.change("REG." + username, LocalDate.now(clock).plusYears(1), Set.of(DemoAssessors.SCHEME), clock.instant());
        em.persist(registration);
        return assessor;
    }

    /** Changes a registration behind the application's back, as time or an admin would. */
    @Transactional
    public void changeLicence(Long assessorId, LocalDate expiresOn, Set<String> schemes) {
        AssessorRegistration registration = em.find(AssessorRegistration.class, assessorId);
        registration.change(registration.getRegistrationNumber(), expiresOn, schemes, clock.instant());
    }
}
