package id.pendamping.learning.domain;

import id.pendamping.curriculum.domain.Programme;
import id.pendamping.identity.domain.TrainingCenter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.time.LocalDate;

/**
 * A cohort (angkatan): one run of a programme by a training centre, with its dates, place and
 * capacity. Only the centre's own coordinators see it. When open for requests, trainees of the
 * centre can ask to join, and a coordinator accepts or declines.
 */
@Entity
@Table(name = "cohort")
@NamedQuery(name = "Cohort.ofCenter", query = "select c from Cohort c "
        + "where c.trainingCenter.id = :center order by c.startsOn desc, c.id desc")
@NamedQuery(name = "Cohort.openOfCenter", query = "select c from Cohort c "
        + "where c.trainingCenter.id = :center and c.openForRequests = true and c.endsOn >= :today order by c.startsOn")
public class Cohort {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    // Eager: a cohort is never shown without its programme's title.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "training_center_id")
    private TrainingCenter trainingCenter;

    private String name;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    private int capacity;

    private String place;

    @Column(name = "open_for_requests")
    private boolean openForRequests;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Cohort() {
    }

    public Cohort(Programme programme, TrainingCenter trainingCenter, String name, LocalDate startsOn, LocalDate endsOn,
                  int capacity, String place, boolean openForRequests, Instant createdAt) {
        this.programme = programme;
        this.trainingCenter = trainingCenter;
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.capacity = capacity;
        this.place = place;
        this.openForRequests = openForRequests;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public TrainingCenter getTrainingCenter() {
        return trainingCenter;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public int getCapacity() {
        return capacity;
    }

    public String getPlace() {
        return place;
    }

    public boolean isOpenForRequests() {
        return openForRequests;
    }
}
