package id.pendamping.competency.web.admin;

import id.pendamping.competency.application.AssessorRegister;
import id.pendamping.competency.application.SchemeCatalog;
import id.pendamping.platform.InvalidInput;
import id.pendamping.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** /admin/assessors.xhtml: the register of assessors (number, licence expiry, schemes in scope). */
@Named
@ViewScoped
public class AssessorsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssessorRegister register;

    @Inject
    SchemeCatalog schemes;

    private List<AssessorRegister.Entry> entries;
    private List<String> schemeCodes;
    private Long accountId;
    private String registrationNumber;
    private LocalDate licenceExpiresOn;
    private List<String> selectedSchemes = new ArrayList<>();

    public void load() {
        if (entries == null) {
            refresh();
        }
    }

    private void refresh() {
        entries = register.assessors();
        schemeCodes = schemes.activeCodes();
    }

    public void edit(Long id) {
        entries.stream().filter(e -> e.account().getId().equals(id)).findFirst().ifPresent(e -> {
            accountId = id;
            if (e.registered()) {
                registrationNumber = e.registration().getRegistrationNumber();
                licenceExpiresOn = e.registration().getLicenceExpiresOn();
                selectedSchemes = new ArrayList<>(e.registration().getSchemes());
            } else {
                registrationNumber = null;
                licenceExpiresOn = null;
                selectedSchemes = new ArrayList<>();
            }
        });
    }

    public void save() {
        try {
            register.register(accountId, registrationNumber, licenceExpiresOn, new LinkedHashSet<>(selectedSchemes));
            FacesMessages.info("assessor.register.saved", registrationNumber);
            refresh();
        } catch (InvalidInput invalid) {
            FacesMessages.error(invalid.messageKey(), invalid.arguments());
        }
    }

    public List<AssessorRegister.Entry> getEntries() {
        return entries;
    }

    public List<String> getSchemeCodes() {
        return schemeCodes;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    public LocalDate getLicenceExpiresOn() {
        return licenceExpiresOn;
    }

    public void setLicenceExpiresOn(LocalDate licenceExpiresOn) {
        this.licenceExpiresOn = licenceExpiresOn;
    }

    public List<String> getSelectedSchemes() {
        return selectedSchemes;
    }

    public void setSelectedSchemes(List<String> selectedSchemes) {
        this.selectedSchemes = selectedSchemes;
    }
}
