package id.pendamping.competency.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/** An assessor's registration (nomor registrasi), the licence's expiry and the schemes in scope. */
@Entity
@Table(name = "assessor_registration")
@NamedQuery(name = "AssessorRegistration.byNumber", query = "select r from AssessorRegistration r "
        + "where r.registrationNumber = :number")
public class AssessorRegistration {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "registration_number", nullable = false)
    private String registrationNumber;

    @Column(name = "licence_expires_on", nullable = false)
    private LocalDate licenceExpiresOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessor_scope", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "scheme_code")
    private Set<String> schemes = new TreeSet<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected AssessorRegistration() {
    }

    public AssessorRegistration(Long accountId) {
        this.accountId = accountId;
    }

    public void change(String registrationNumber, LocalDate licenceExpiresOn, Set<String> schemes, Instant now) {
        this.registrationNumber = registrationNumber;
        this.licenceExpiresOn = licenceExpiresOn;
        this.schemes.clear();
        this.schemes.addAll(schemes);
        this.updatedAt = now;
    }

    public AssessorLicence licence() {
        return new AssessorLicence(registrationNumber, licenceExpiresOn, Set.copyOf(schemes));
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public LocalDate getLicenceExpiresOn() {
        return licenceExpiresOn;
    }

    public Set<String> getSchemes() {
        return schemes;
    }
}
