package id.pendamping.identity.web;

import id.pendamping.identity.application.AccountService;
import id.pendamping.identity.application.TrainingCenterService;
import id.pendamping.identity.domain.TrainingCenter;
import id.pendamping.platform.InvalidInput;
import id.pendamping.platform.web.FacesMessages;
import id.pendamping.platform.web.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** /register.xhtml: a trainee creates their own account with a training centre. */
@Named
@RequestScoped
public class RegistrationPage {

    @Inject
    AccountService accounts;

    @Inject
    TrainingCenterService centers;

    @Inject
    Language language;

    private String fullName;
    private String email;
    private String password;
    private String passwordAgain;
    private Long trainingCenterId;
    private List<TrainingCenter> centerList;

    public String register() {
        if (password == null || !password.equals(passwordAgain)) {
            FacesMessages.invalid("register", new InvalidInput("passwordAgain", "register.passwordsDiffer"));
            return null;
        }
        try {
            accounts.registerTrainee(fullName, email, password, trainingCenterId, language.getCode());
        } catch (InvalidInput invalid) {
            FacesMessages.invalid("register", invalid);
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        FacesMessages.info("register.done");
        return "/signin.xhtml?faces-redirect=true";
    }

    public List<TrainingCenter> getCenters() {
        if (centerList == null) {
            centerList = centers.all();
        }
        return centerList;
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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }

    public Long getTrainingCenterId() {
        return trainingCenterId;
    }

    public void setTrainingCenterId(Long trainingCenterId) {
        this.trainingCenterId = trainingCenterId;
    }
}
