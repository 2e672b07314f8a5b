package id.pendamping.identity.web;

import id.pendamping.identity.application.TraineeInvitations;
import id.pendamping.platform.InvalidInput;
import id.pendamping.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** /set-password.xhtml?token=...: a trainee enrolled by a coordinator chooses their password once. */
@Named
@RequestScoped
public class SetPasswordPage {

    @Inject
    TraineeInvitations invitations;

    private String token;
    private String password;
    private String passwordAgain;
    private Boolean usable;

    /**
     * Read from the request itself: on a postback JSF asks whether the form is rendered before the
     * view parameter has been applied.
     */
    public boolean isUsable() {
        if (usable == null) {
            usable = invitations.isUsable(token());
        }
        return usable;
    }

    private String token() {
        return token != null ? token
                : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("token");
    }

    public String choose() {
        if (password == null || !password.equals(passwordAgain)) {
            FacesMessages.invalid("choose", new InvalidInput("passwordAgain", "register.passwordsDiffer"));
            return null;
        }
        try {
            invitations.choosePassword(token(), password);
        } catch (InvalidInput invalid) {
            FacesMessages.invalid("choose", invalid);
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        FacesMessages.info("setPassword.done");
        return "/signin.xhtml?faces-redirect=true";
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
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
}
