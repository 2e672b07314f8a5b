package id.pendamping.learning.web.manage;

import id.pendamping.learning.application.CohortService;
import id.pendamping.learning.application.CohortStaff;
import id.pendamping.platform.InvalidInput;
import id.pendamping.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

/** /manage/cohort-staff.xhtml?c=N: the cohort's trainers (one per line) and its assessors. */
@Named
@ViewScoped
public class CohortStaffPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CohortService cohorts;

    @Inject
    CohortStaff staff;

    /** An assessor on offer, kept in the view's state. */
    public record AssessorOption(Long id, String label) implements Serializable {
    }

    private Long c;
    private String cohortName;
    private String trainerLines;
    private List<AssessorOption> assessorOptions;
    private List<Long> chosenAssessors = new ArrayList<>();

    public void load() {
        if (cohortName == null) {
            cohortName = cohorts.cohort(c).getName();
            trainerLines = lines(staff.trainers(c));
            assessorOptions = staff.assessorOptions(c).stream()
                    .map(a -> new AssessorOption(a.getId(), a.getFullName() + " (" + a.getUsername() + ")")).toList();
            chosenAssessors = new ArrayList<>(staff.assessors(c));
        }
    }

    public void saveTrainers() {
        try {
            List<CohortStaff.Trainer> saved = staff.replaceTrainers(c, trainerLines);
            trainerLines = lines(saved);
            FacesMessages.info("cohort.trainers.saved", saved.size());
        } catch (InvalidInput invalid) {
            FacesMessages.invalid("trainers", invalid.field().equals("trainers") ? new InvalidInput("lines",
                    invalid.messageKey(), invalid.arguments()) : invalid);
        }
    }

    public void saveAssessors() {
        try {
            staff.assignAssessors(c, new HashSet<>(chosenAssessors));
            FacesMessages.info("cohort.assessors.saved", chosenAssessors.size());
        } catch (InvalidInput invalid) {
            FacesMessages.invalid("assessors", new InvalidInput("chosen", invalid.messageKey(), invalid.arguments()));
        }
    }

    private static String lines(List<CohortStaff.Trainer> trainers) {
        return trainers.stream().map(t -> t.subject() == null ? t.name() : t.name() + " | " + t.subject())
                .collect(Collectors.joining("\n"));
    }

    public Long getC() {
        return c;
    }

    public void setC(Long c) {
        this.c = c;
    }

    public String getCohortName() {
        return cohortName;
    }

    public String getTrainerLines() {
        return trainerLines;
    }

    public void setTrainerLines(String trainerLines) {
        this.trainerLines = trainerLines;
    }

    public List<AssessorOption> getAssessorOptions() {
        return assessorOptions;
    }

    public List<Long> getChosenAssessors() {
        return chosenAssessors;
    }

    public void setChosenAssessors(List<Long> chosenAssessors) {
        this.chosenAssessors = chosenAssessors;
    }
}
