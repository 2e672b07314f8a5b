package id.pendamping.identity.domain;

/** What a person may do on the platform; each role has its own area of pages. */
public enum Role {
    TRAINEE("/learn/"),
    ASSESSOR("/assess/"),
    COORDINATOR("/manage/"),
    ADMIN("/admin/");

    private final String homePath;

    Role(String homePath) {
        this.homePath = homePath;
    }

    /** The page a person of this role lands on after signing in. */
    public String homePath() {
        return homePath;
    }

    /** Staff roles an admin creates; trainees register themselves or are enrolled. */
    public boolean isStaff() {
        return this == ASSESSOR || this == COORDINATOR;
    }
}
