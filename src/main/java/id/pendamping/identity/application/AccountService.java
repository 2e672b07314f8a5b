package id.pendamping.identity.application;

import id.pendamping.identity.domain.Account;
import id.pendamping.identity.domain.PasswordPolicy;
import id.pendamping.identity.domain.Role;
import id.pendamping.identity.domain.TrainingCenter;
import id.pendamping.platform.AccessDenied;
import id.pendamping.platform.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Creating and looking after accounts: trainees register themselves; an admin creates coordinators
 * and assessors for a training centre and disables accounts. Every input is checked before anything
 * is written, so a refused request changes nothing.
 */
@ApplicationScoped
public class AccountService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,49}$");

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** A trainee registers with a training centre; the email is their username. */
    @Transactional
    public Account registerTrainee(String fullName, String email, String password, Long trainingCenterId,
                                   String languageCode) {
        String normalisedEmail = Account.normalise(email);
        checkName(fullName);
        checkEmail(normalisedEmail);
        TrainingCenter center = trainingCenterId == null ? null : em.find(TrainingCenter.class, trainingCenterId);
        if (center == null) {
            throw new InvalidInput("trainingCenter", "register.centerRequired");
        }
        checkPassword(password, fullName, normalisedEmail);
        Account account = new Account(normalisedEmail, normalisedEmail, fullName, passwords.hash(password),
                Role.TRAINEE, center, clock.instant());
        account.preferLanguage(languageCode);
        em.persist(account);
        return account;
    }

    /** An admin creates a coordinator or an assessor of a training centre. */
    @Transactional
    public Account createStaffAccount(String username, String fullName, String email, Role role,
                                      Long trainingCenterId, String initialPassword) {
        caller.require(Role.ADMIN);
        if (role == null || !role.isStaff()) {
            throw new InvalidInput("role", "admin.accounts.roleRequired");
        }
        String normalisedUsername = Account.normalise(username);
        if (!USERNAME.matcher(normalisedUsername).matches()) {
            throw new InvalidInput("username", "account.usernameInvalid");
        }
        if (usernameTaken(normalisedUsername)) {
            throw new InvalidInput("username", "account.usernameTaken");
        }
        checkName(fullName);
        String normalisedEmail = Account.normalise(email);
        checkEmail(normalisedEmail);
        TrainingCenter center = trainingCenterId == null ? null : em.find(TrainingCenter.class, trainingCenterId);
        if (center == null) {
            throw new InvalidInput("trainingCenter", "admin.accounts.centerRequired");
        }
        checkPassword(initialPassword, fullName, normalisedEmail, normalisedUsername);
        Account account = new Account(normalisedUsername, normalisedEmail, fullName,
                passwords.hash(initialPassword), role, center, clock.instant());
        em.persist(account);
        return account;
    }

    /** An admin disables or re-enables an account; an admin cannot disable their own. */
    @Transactional
    public void setEnabled(Long accountId, boolean enabled) {
        caller.require(Role.ADMIN);
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new AccessDenied("no account " + accountId);
        }
        if (!enabled && account.getId().equals(caller.account().getId())) {
            throw new InvalidInput("account", "admin.accounts.cannotDisableSelf");
        }
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
    }

    /** Accounts whose name, username or email contains the text, a page at a time (admin only). */
    @Transactional
    public List<Account> search(String text, int first, int pageSize) {
        caller.require(Role.ADMIN);
        return searchQuery(text, Account.class, "select a from Account a left join fetch a.trainingCenter")
                .setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    @Transactional
    public long count(String text) {
        caller.require(Role.ADMIN);
        return searchQuery(text, Long.class, "select count(a) from Account a").getSingleResult();
    }

    /** Remembers the signed-in person's language for their next visit, on any device. */
    @Transactional
    public void preferLanguage(String username, String languageCode) {
        em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", username)
                .getResultStream().findFirst().ifPresent(a -> a.preferLanguage(languageCode));
    }

    private <T> TypedQuery<T> searchQuery(String text, Class<T> type, String select) {
        String like = "%" + Account.normalise(text).replace("%", "").replace("_", "") + "%";
        String order = type == Long.class ? "" : " order by a.fullName, a.id";
        return em.createQuery(select + " where lower(a.fullName) like :t or a.username like :t or a.email like :t"
                + order, type).setParameter("t", like);
    }

    private boolean usernameTaken(String username) {
        return em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", username)
                .getResultStream().findAny().isPresent();
    }

    private void checkName(String fullName) {
        if (fullName == null || fullName.strip().length() < 2 || fullName.strip().length() > 200) {
            throw new InvalidInput("fullName", "account.nameInvalid");
        }
    }

    private void checkEmail(String email) {
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw new InvalidInput("email", "account.emailInvalid");
        }
        boolean taken = em.createNamedQuery("Account.byEmail", Account.class).setParameter("email", email)
                .getResultStream().findAny().isPresent() || usernameTaken(email);
        if (taken) {
            throw new InvalidInput("email", "account.emailTaken");
        }
    }

    private void checkPassword(String password, String... personalWords) {
        PasswordPolicy.problemWith(password, personalWords).ifPresent(problem -> {
            throw new InvalidInput("password", problem, PasswordPolicy.MIN_LENGTH);
        });
    }
}
