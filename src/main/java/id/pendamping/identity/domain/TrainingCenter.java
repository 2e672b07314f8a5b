package id.pendamping.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A training centre (balai, pusdiklat, UPT): the tenant of the platform. Its coordinators,
 * assessors and trainees see only what belongs to it; only an admin sees every centre.
 */
@Entity
@Table(name = "training_center")
@NamedQuery(name = "TrainingCenter.all", query = "select c from TrainingCenter c order by c.name")
@NamedQuery(name = "TrainingCenter.byCode", query = "select c from TrainingCenter c where c.code = :code")
public class TrainingCenter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 100)
    private String city;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected TrainingCenter() {
    }

    public TrainingCenter(String code, String name, String city, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.city = city;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCity() {
        return city;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
