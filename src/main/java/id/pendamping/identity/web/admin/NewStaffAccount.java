package id.pendamping.identity.web.admin;

import id.pendamping.identity.domain.Role;
import java.io.Serializable;

/** The fields of the "new coordinator or assessor" form. */
public class NewStaffAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String fullName;
    private String email;
    private Role role = Role.COORDINATOR;
    private Long trainingCenterId;
    private String password;

    void clear() {
        username = null;
        fullName = null;
        email = null;
        password = null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getTrainingCenterId() {
        return trainingCenterId;
    }

    public void setTrainingCenterId(Long trainingCenterId) {
        this.trainingCenterId = trainingCenterId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
