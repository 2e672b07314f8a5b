package id.pendamping.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/**
 * A person who signs in: trainee, assessor, coordinator or admin. Every account belongs to a
 * training centre except an admin's, which is global. A disabled account keeps its history but
 * cannot sign in. The password is kept only as a self-describing PBKDF2 hash (algorithm and
 * iterations stored with it, so they can be raised later).
 */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.byUsername", query = "select a from Account a where a.username = :username")
@NamedQuery(name = "Account.byEmail", query = "select a from Account a where a.email = :email")
@NamedQuery(name = "Account.count", query = "select count(a) from Account a")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "training_center_id")
    private TrainingCenter trainingCenter;

    @Column(length = 30)
    private String phone;

    @Column(nullable = false, length = 5)
    private String locale = "id";

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Keeps the holder's certificates out of the public register; verification by code still works. */
    @Column(name = "register_opt_out", nullable = false)
    private boolean registerOptOut;

    /** The holder's NIK (16 digits), given by the holder; printed only where a centre's certificates print it. */
    @Column(name = "identity_number", length = 16)
    private String identityNumber;

    @Version
    private long version;

    protected Account() {
    }

    public Account(String username, String email, String fullName, String passwordHash, Role role,
                   TrainingCenter trainingCenter, Instant createdAt) {
        if (role != Role.ADMIN && trainingCenter == null) {
            throw new IllegalArgumentException("Only an admin is without a training centre");
        }
        this.username = normalise(username);
        this.email = normalise(email);
        this.fullName = fullName.strip();
        this.passwordHash = passwordHash;
        this.role = role;
        this.trainingCenter = role == Role.ADMIN ? null : trainingCenter;
        this.createdAt = createdAt;
    }

    /** Usernames and emails compare without case: "Budi@Desa.id" and "budi@desa.id" are one person. */
    public static String normalise(String usernameOrEmail) {
        return usernameOrEmail == null ? "" : usernameOrEmail.strip().toLowerCase(Locale.ROOT);
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public void preferLanguage(String languageCode) {
        this.locale = languageCode;
    }

    public void recordPhone(String phoneNumber) {
        this.phone = phoneNumber == null || phoneNumber.isBlank() ? null : phoneNumber.strip();
    }

    public String getPhone() {
        return phone;
    }

    public void replacePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public boolean belongsTo(TrainingCenter center) {
        return trainingCenter != null && center != null && trainingCenter.getId().equals(center.getId());
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public TrainingCenter getTrainingCenter() {
        return trainingCenter;
    }

    public String getLocale() {
        return locale;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isRegisterOptOut() {
        return registerOptOut;
    }

    public String getIdentityNumber() {
        return identityNumber;
    }

    /** Sets or clears the identity number; the caller has checked its form. */
    public void giveIdentityNumber(String identityNumber) {
        this.identityNumber = identityNumber;
    }

    public void chooseRegisterListing(boolean listed) {
        this.registerOptOut = !listed;
    }

    /** A correction of the name, made when a certificate printed with a wrong name is superseded. */
    public void correctName(String fullName) {
        this.fullName = fullName.strip();
    }
}
