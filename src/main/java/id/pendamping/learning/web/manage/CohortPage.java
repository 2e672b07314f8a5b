package id.pendamping.learning.web.manage;

import id.pendamping.learning.application.CohortProgress;
import id.pendamping.learning.application.CohortService;
import id.pendamping.learning.application.InvalidCsv;
import id.pendamping.learning.domain.Cohort;
import id.pendamping.learning.domain.Enrolment;
import id.pendamping.learning.domain.EnrolmentCsv;
import id.pendamping.platform.InvalidInput;
import id.pendamping.platform.web.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * /manage/cohort.xhtml?id=COHORT: a cohort's enrolment (one person, or a CSV file enrolled all or
 * nothing), trainees' requests to join, one-time links for new accounts, and the progress table.
 */
@Named
@ViewScoped
public class CohortPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MAX_CSV_BYTES = 1024 * 1024;

    @Inject
    transient CohortService cohorts;

    @Inject
    transient CohortProgress progress;

    private Long id;
    private String fullName;
    private String email;
    private String phone;
    private transient Part csvFile;
    private final List<String> csvProblems = new ArrayList<>();
    private final List<CohortService.Enrolled> justEnrolled = new ArrayList<>();
    private transient CohortProgress.Table table;
    private List<CohortProgress.Row> filtered;
    private transient List<Enrolment> requests;

    public void load() {
        table = progress.of(id);
    }

    public void enrolOne() {
        try {
            CohortService.Enrolled enrolled = cohorts.enrolOne(id, fullName, email, phone);
            justEnrolled.clear();
            justEnrolled.add(enrolled);
            FacesMessages.info("manage.enrol.doneOne", enrolled.fullName());
            fullName = null;
            email = null;
            phone = null;
            table = null;
            filtered = null;
        } catch (InvalidInput invalid) {
            FacesMessages.invalid("enrolOne", invalid);
        }
    }

    public void uploadCsv() throws IOException {
        csvProblems.clear();
        justEnrolled.clear();
        if (csvFile == null || csvFile.getSize() == 0) {
            csvProblems.add(FacesMessages.text("csv.noFile"));
            return;
        }
        if (csvFile.getSize() > MAX_CSV_BYTES) {
            csvProblems.add(FacesMessages.text("csv.tooLarge", MAX_CSV_BYTES / 1024));
            return;
        }
        String content;
        try (InputStream in = csvFile.getInputStream()) {
            content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try {
            justEnrolled.addAll(cohorts.enrolFromCsv(id, content));
            FacesMessages.info("manage.enrol.doneCsv", justEnrolled.size());
            table = null;
            filtered = null;
        } catch (InvalidCsv invalid) {
            String file = csvFile.getSubmittedFileName();
            for (EnrolmentCsv.Problem problem : invalid.problems()) {
                String text = FacesMessages.text(problem.messageKey(), problem.arguments().toArray());
                csvProblems.add(problem.line() > 0
                        ? FacesMessages.text("csv.problemAtLine", file, problem.line(), text)
                        : FacesMessages.text("csv.problemInFile", file, text));
            }
            FacesMessages.error("csv.nobodyEnrolled");
        }
    }

    public void accept(Long enrolmentId) {
        decide(enrolmentId, true);
    }

    public void decline(Long enrolmentId) {
        decide(enrolmentId, false);
    }

    private void decide(Long enrolmentId, boolean accept) {
        try {
            if (accept) {
                cohorts.accept(enrolmentId);
            } else {
                cohorts.decline(enrolmentId);
            }
            FacesMessages.info(accept ? "manage.requests.accepted" : "manage.requests.declined");
            requests = null;
            table = null;
            filtered = null;
        } catch (InvalidInput invalid) {
            FacesMessages.error(invalid.messageKey(), invalid.arguments());
        }
    }

    /** The one-time link for a new account, as a full address the coordinator can pass on. */
    public String setupLink(String token) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String base = request.getRequestURL().toString().replace(request.getRequestURI(), request.getContextPath());
        return base + "/set-password.xhtml?token=" + token;
    }

    public CohortProgress.Table getTable() {
        if (table == null) {
            table = progress.of(id);
        }
        return table;
    }

    public Cohort getCohort() {
        return getTable().cohort();
    }

    /** Asked twice per render; read once until a request is decided. */
    public List<Enrolment> getRequests() {
        if (requests == null) {
            requests = cohorts.enrolments(id, Enrolment.Status.REQUESTED);
        }
        return requests;
    }

    public List<String> getCsvProblems() {
        return csvProblems;
    }

    public List<CohortService.Enrolled> getJustEnrolled() {
        return justEnrolled;
    }

    public List<CohortProgress.Row> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<CohortProgress.Row> filtered) {
        this.filtered = filtered;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Part getCsvFile() {
        return csvFile;
    }

    public void setCsvFile(Part csvFile) {
        this.csvFile = csvFile;
    }
}
