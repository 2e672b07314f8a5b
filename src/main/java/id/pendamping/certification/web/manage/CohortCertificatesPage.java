package id.pendamping.certification.web.manage;

import id.pendamping.certification.application.BulkIssue;
import id.pendamping.certification.application.BulkIssue.Progress;
import id.pendamping.certification.application.CohortCertificates;
import id.pendamping.certification.application.CohortCertificates.Overview;
import id.pendamping.certification.domain.Certificate;
import id.pendamping.platform.InvalidInput;
import id.pendamping.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * /manage/cohort-certificates.xhtml?c=COHORT: who has completed, who holds a certificate, the bulk
 * issue with its progress bar (polled while the job runs), the ZIP of all documents, and per
 * certificate a revocation proposal or a name correction.
 */
@Named
@ViewScoped
public class CohortCertificatesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CohortCertificates certificates;

    @Inject
    BulkIssue bulkIssue;

    private Long c;
    // Read again after every change; holds entities, so it is not part of the saved view.
    private transient Overview overview;
    private transient Progress progress;
    private Long selected;
    private String reason;
    private String correctedName;

    public void load() {
        getOverview();
    }

    public Overview getOverview() {
        if (overview == null) {
            overview = certificates.overview(c);
        }
        return overview;
    }

    public Progress getProgress() {
        if (progress == null) {
            progress = bulkIssue.progress(c);
        }
        return progress;
    }

    public void issueAll() {
        startJob(() -> bulkIssue.start(c));
    }

    public void resume() {
        startJob(() -> bulkIssue.restart(c));
    }

    private void startJob(Runnable start) {
        try {
            start.run();
            FacesMessages.info("certificate.bulk.started");
        } catch (InvalidInput refused) {
            FacesMessages.error(refused.messageKey());
        }
        progress = null;
    }

    /** Called by the poll: fresh counts; the table is read again once the job has finished. */
    public void refresh() {
        progress = null;
        if (!getProgress().running()) {
            overview = null;
        }
    }

    public void select(Long certificateId) {
        this.selected = certificateId;
        this.reason = null;
        this.correctedName = null;
    }

    public Certificate getSelectedCertificate() {
        return selected == null ? null : getOverview().rows().stream().map(r -> r.certificate())
                .filter(cert -> cert != null && cert.getId().equals(selected)).findFirst().orElse(null);
    }

    public void proposeRevocation() {
        try {
            certificates.proposeRevocation(selected, reason);
            FacesMessages.info("certificate.revoke.proposed");
            overview = null;
            selected = null;
        } catch (InvalidInput invalid) {
            FacesMessages.invalid("revoke", invalid);
        }
    }

    public void correctName() {
        try {
            Certificate successor = certificates.correctName(selected, correctedName);
            FacesMessages.info("certificate.correct.done", successor.getNumber());
            overview = null;
            selected = null;
        } catch (InvalidInput invalid) {
            FacesMessages.invalid("correct", invalid);
        }
    }

    public Long getC() {
        return c;
    }

    public void setC(Long c) {
        this.c = c;
    }

    public Long getSelected() {
        return selected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getCorrectedName() {
        return correctedName;
    }

    public void setCorrectedName(String correctedName) {
        this.correctedName = correctedName;
    }
}
