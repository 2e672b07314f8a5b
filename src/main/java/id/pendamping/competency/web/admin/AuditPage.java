package id.pendamping.competency.web.admin;

import id.pendamping.competency.application.AuditLog;
import id.pendamping.competency.domain.AuditChain;
import id.pendamping.competency.domain.AuditEntry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** /admin/audit.xhtml: the audit trail verified end to end, and its latest entries. */
@Named
@RequestScoped
public class AuditPage {

    @Inject
    AuditLog log;

    private AuditChain.Verification verification;
    private List<AuditEntry> latest;

    public AuditChain.Verification getVerification() {
        if (verification == null) {
            verification = log.verify();
        }
        return verification;
    }

    /** The broken entry's details, or null when the chain is intact. */
    public AuditChain.Broken getBroken() {
        return getVerification() instanceof AuditChain.Broken broken ? broken : null;
    }

    public int getIntactEntries() {
        return getVerification() instanceof AuditChain.Intact intact ? intact.entries() : 0;
    }

    public List<AuditEntry> getLatest() {
        if (latest == null) {
            latest = log.latest();
        }
        return latest;
    }
}
