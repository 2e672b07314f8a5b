package id.pendamping.learning.web.manage;

import id.pendamping.curriculum.application.Catalogue;
import id.pendamping.curriculum.domain.Programme;
import id.pendamping.learning.application.CohortService;
import id.pendamping.learning.domain.Cohort;
import id.pendamping.platform.InvalidInput;
import id.pendamping.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/** /manage/index.xhtml: the centre's cohorts, and a form to open a new one. */
@Named
@RequestScoped
public class CohortsPage {

    @Inject
    CohortService cohorts;

    @Inject
    Catalogue catalogue;

    private Long programmeId;
    private String name;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Integer capacity = 30;
    private String place;
    private boolean openForRequests;
    private List<Cohort> list;

    public String open() {
        try {
            Cohort cohort = cohorts.open(programmeId, name, startsOn, endsOn, capacity, place, openForRequests);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            FacesMessages.info("manage.cohort.opened", cohort.getName());
            return "/manage/cohort.xhtml?faces-redirect=true&id=" + cohort.getId();
        } catch (InvalidInput invalid) {
            FacesMessages.invalid("open", invalid);
            return null;
        }
    }

    public List<Cohort> getCohorts() {
        if (list == null) {
            list = cohorts.cohortsOfMyCenter();
        }
        return list;
    }

    public List<Programme> getProgrammes() {
        return cohorts.programmesForMe();
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public boolean isOpenForRequests() {
        return openForRequests;
    }

    public void setOpenForRequests(boolean openForRequests) {
        this.openForRequests = openForRequests;
    }
}
