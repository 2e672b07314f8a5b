package id.pendamping.learning.application;

import id.pendamping.curriculum.application.Catalogue;
import id.pendamping.curriculum.domain.Programme;
import id.pendamping.identity.application.Caller;
import id.pendamping.identity.application.TraineeInvitations;
import id.pendamping.identity.domain.Account;
import id.pendamping.identity.domain.Role;

import id.pendamping.learning.domain.Cohort;
import id.pendamping.learning.domain.Enrolment;
import id.pendamping.learning.domain.EnrolmentCsv;
import id.pendamping.platform.AccessDenied;
import id.pendamping.platform.Calendars;
import id.pendamping.platform.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A training centre's cohorts: a coordinator opens them and enrols trainees (one by one or from a
 * CSV file, all or nothing), and accepts or declines trainees' requests to join. Every lookup by id
 * checks the cohort belongs to the coordinator's own centre.
 */
@ApplicationScoped
public class CohortService {

    /** Dates are the centre's calendar dates; the ministry works on Western Indonesia Time. */

    @PersistenceContext
    EntityManager em;

    @Inject
    EnrolmentMail mail;

    @Inject
    Caller caller;

    @Inject
    Catalogue catalogue;

    @Inject
    TraineeInvitations invitations;

    @Inject
    Clock clock;

    /** A person enrolled, with the one-time link token when their account is new. */
    public record Enrolled(String fullName, String email, String setupToken) implements java.io.Serializable {
    }

    @Transactional
    public Cohort open(Long programmeId, String name, LocalDate startsOn, LocalDate endsOn, Integer capacity,
                       String place, boolean openForRequests) {
        caller.require(Role.COORDINATOR);
        Long centre = caller.account().getTrainingCenter().getId();
        Programme programme = catalogue.programme(programmeId)
                .filter(p -> !p.isCentreProgramme() || p.getTrainingCenterId().equals(centre))
                .orElseThrow(() -> new InvalidInput("programme", "cohort.programmeRequired"));
        if (name == null || name.strip().length() < 3 || name.strip().length() > 200) {
            throw new InvalidInput("name", "cohort.nameInvalid");
        }
        if (startsOn == null) {
            throw new InvalidInput("startsOn", "cohort.startsOnRequired");
        }
        if (endsOn == null || endsOn.isBefore(startsOn)) {
            throw new InvalidInput("endsOn", "cohort.endsOnInvalid");
        }
        if (capacity == null || capacity < 1 || capacity > 1000) {
            throw new InvalidInput("capacity", "cohort.capacityInvalid");
        }
        Cohort cohort = new Cohort(programme, caller.account().getTrainingCenter(), name.strip(), startsOn, endsOn,
                capacity, place == null || place.isBlank() ? null : place.strip(), openForRequests, clock.instant());
        em.persist(cohort);
        return cohort;
    }

    /** The programmes the coordinator may open cohorts of: the national ones and the centre's own. */
    @Transactional
    public List<Programme> programmesForMe() {
        caller.require(Role.COORDINATOR);
        return catalogue.programmesAvailableTo(caller.account().getTrainingCenter().getId());
    }

    @Transactional
    public List<Cohort> cohortsOfMyCenter() {
        caller.require(Role.COORDINATOR);
        return em.createNamedQuery("Cohort.ofCenter", Cohort.class)
                .setParameter("center", caller.account().getTrainingCenter().getId()).getResultList();
    }

    /** A cohort of the coordinator's own centre; any other id is refused as if it did not exist. */
    @Transactional
    public Cohort cohort(Long cohortId) {
        caller.require(Role.COORDINATOR);
        Cohort cohort = cohortId == null ? null : em.find(Cohort.class, cohortId);
        if (cohort == null || !caller.account().belongsTo(cohort.getTrainingCenter())) {
            throw new AccessDenied("cohort " + cohortId);
        }
        cohort.getProgramme().getModuleKeys();
        return cohort;
    }

    @Transactional
    public List<Enrolment> enrolments(Long cohortId, Enrolment.Status status) {
        Cohort cohort = cohort(cohortId);
        return em.createNamedQuery("Enrolment.ofCohort", Enrolment.class).setParameter("cohort", cohort.getId())
                .setParameter("status", status).getResultList();
    }

    /** Enrols one person, checked exactly as a row of a CSV file would be. */
    @Transactional
    public Enrolled enrolOne(Long cohortId, String fullName, String email, String phone) {
        String csvLine = "name,email,phone\n" + quote(fullName) + "," + quote(email) + "," + quote(phone);
        EnrolmentCsv.Result parsed = EnrolmentCsv.parse(csvLine);
        if (!parsed.valid()) {
            EnrolmentCsv.Problem problem = parsed.problems().get(0);
            String field = switch (problem.messageKey()) {
                case "csv.nameInvalid" -> "fullName";
                case "csv.phoneInvalid" -> "phone";
                default -> "email";
            };
            throw new InvalidInput(field, problem.messageKey(), problem.arguments().toArray());
        }
        List<Enrolled> enrolled = enrolAll(cohort(cohortId), parsed.rows());
        if (enrolled.isEmpty()) {
            throw new InvalidInput("email", "cohort.alreadyEnrolled");
        }
        return enrolled.get(0);
    }

    /**
     * Enrols everyone in a CSV file, or nobody: any problem in any row is reported with its line and
     * the transaction writes nothing.
     */
    @Transactional(rollbackOn = InvalidCsv.class)
    public List<Enrolled> enrolFromCsv(Long cohortId, String content) {
        Cohort cohort = cohort(cohortId);
        EnrolmentCsv.Result parsed = EnrolmentCsv.parse(content);
        if (!parsed.valid()) {
            throw new InvalidCsv(parsed.problems());
        }
        List<EnrolmentCsv.Problem> problems = new ArrayList<>();
        for (EnrolmentCsv.Row row : parsed.rows()) {
            existingAccount(row.email()).filter(a -> a.getRole() != Role.TRAINEE).ifPresent(a ->
                    problems.add(new EnrolmentCsv.Problem(row.line(), "csv.staffEmail", List.of(row.email()))));
        }
        long free = cohort.getCapacity() - enrolledCount(cohort);
        if (parsed.rows().size() > free) {
            problems.add(new EnrolmentCsv.Problem(0, "csv.overCapacity", List.of(parsed.rows().size(), free)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCsv(problems);
        }
        return enrolAll(cohort, parsed.rows());
    }

    private List<Enrolled> enrolAll(Cohort cohort, List<EnrolmentCsv.Row> rows) {
        List<Enrolled> result = new ArrayList<>();
        long free = cohort.getCapacity() - enrolledCount(cohort);
        for (EnrolmentCsv.Row row : rows) {
            Optional<Account> existing = existingAccount(row.email());
            if (existing.isPresent() && existing.get().getRole() != Role.TRAINEE) {
                throw new InvalidInput("email", "csv.staffEmail", row.email());
            }
            TraineeInvitations.Invited invited = invitations.findOrInvite(row.fullName(), row.email(), row.phone(),
                    cohort.getTrainingCenter());
            Optional<Enrolment> enrolment = em.createNamedQuery("Enrolment.find", Enrolment.class)
                    .setParameter("cohort", cohort.getId()).setParameter("account", invited.account().getId())
                    .getResultStream().findFirst();
            if (enrolment.isPresent() && enrolment.get().isEnrolled()) {
                continue;
            }
            if (free-- <= 0) {
                throw new InvalidInput("email", "cohort.full", cohort.getCapacity());
            }
            if (enrolment.isPresent()) {
                enrolment.get().accept(clock.instant());
            } else {
                em.persist(Enrolment.enrolledBy(cohort, invited.account(), clock.instant()));
            }
            mail.enrolled(cohort, invited.account(), invited.setupToken());
            result.add(new Enrolled(invited.account().getFullName(), invited.account().getEmail(), invited.setupToken()));
        }
        return result;
    }

    @Transactional
    public void accept(Long enrolmentId) {
        Enrolment enrolment = requestOfMyCenter(enrolmentId);
        if (enrolledCount(enrolment.getCohort()) >= enrolment.getCohort().getCapacity()) {
            throw new InvalidInput("request", "cohort.full", enrolment.getCohort().getCapacity());
        }
        enrolment.accept(clock.instant());
        mail.enrolled(enrolment.getCohort(), enrolment.getAccount(), null);
    }

    @Transactional
    public void decline(Long enrolmentId) {
        requestOfMyCenter(enrolmentId).decline(clock.instant());
    }

    private Enrolment requestOfMyCenter(Long enrolmentId) {
        caller.require(Role.COORDINATOR);
        Enrolment enrolment = enrolmentId == null ? null : em.find(Enrolment.class, enrolmentId);
        if (enrolment == null || !caller.account().belongsTo(enrolment.getCohort().getTrainingCenter())) {
            throw new AccessDenied("enrolment " + enrolmentId);
        }
        if (enrolment.getStatus() != Enrolment.Status.REQUESTED) {
            throw new InvalidInput("request", "cohort.requestAlreadyDecided");
        }
        return enrolment;
    }

    /** Open cohorts of the trainee's centre that they are not yet part of. */
    @Transactional
    public List<Cohort> openCohortsForMe() {
        caller.require(Role.TRAINEE);
        Account me = caller.account();
        List<Long> mine = em.createNamedQuery("Enrolment.ofAccount", Enrolment.class).setParameter("account", me.getId())
                .getResultList().stream().map(e -> e.getCohort().getId()).toList();
        return em.createNamedQuery("Cohort.openOfCenter", Cohort.class)
                .setParameter("center", me.getTrainingCenter().getId())
                .setParameter("today", Calendars.today(clock))
                .getResultList().stream().filter(c -> !mine.contains(c.getId())).toList();
    }

    @Transactional
    public void requestToJoin(Long cohortId) {
        caller.require(Role.TRAINEE);
        Account me = caller.account();
        Cohort cohort = cohortId == null ? null : em.find(Cohort.class, cohortId);
        if (cohort == null || !cohort.isOpenForRequests() || !me.belongsTo(cohort.getTrainingCenter())) {
            throw new AccessDenied("cohort " + cohortId);
        }
        boolean already = em.createNamedQuery("Enrolment.find", Enrolment.class).setParameter("cohort", cohort.getId())
                .setParameter("account", me.getId()).getResultStream().findAny().isPresent();
        if (!already) {
            em.persist(Enrolment.requestedBy(cohort, me, clock.instant()));
        }
    }

    private long enrolledCount(Cohort cohort) {
        return em.createNamedQuery("Enrolment.countEnrolled", Long.class).setParameter("cohort", cohort.getId())
                .getSingleResult();
    }

    private Optional<Account> existingAccount(String email) {
        return em.createNamedQuery("Account.byEmail", Account.class).setParameter("email", Account.normalise(email))
                .getResultStream().findFirst();
    }

    private static String quote(String value) {
        return "\"" + (value == null ? "" : value.replace("\"", "\"\"")) + "\"";
    }

}
