package id.pendamping.competency.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendamping.competency.domain.AuditChain;
import id.pendamping.competency.domain.AuditEntry;
import id.pendamping.identity.application.Caller;
import id.pendamping.platform.AccessDenied;
import id.pendamping.testing.Deployments;
import id.pendamping.testing.TraineeFixture;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail in the real database: entries appended in order verify as intact; a row edited
 * with SQL behind the application's back is found by the chain check, at that entry, and the page
 * an admin reads says so; only an admin may verify.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTraineeFixture(AuditTrailIT.class, Writes.class);
    }

    @Inject
    AuditLog log;

    @Inject
    Writes writes;

    @Inject
    Caller caller;

    @Inject
    TraineeFixture fixture;

    /** Appends and edits in transactions of their own, as the use cases and an intruder would. */
    @ApplicationScoped
    public static class Writes {

        @PersistenceContext
        EntityManager em;

        @Inject
        AuditLog log;

        @Transactional
        public List<AuditEntry> append(int count) {
            List<AuditEntry> entries = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                entries.add(log.append("asesor-uji", "verdict.recorded", "kandidat 7 / unit PDP.SOS.01.00" + i + ".01",
                        "Kompeten: bukti observasi lengkap, alasan " + i));
            }
            return entries;
        }

        @Transactional
        public void setDetails(long sequence, String details) {
            em.createNativeQuery("update audit_entry set details = ?1 where sequence = ?2").setParameter(1, details)
                    .setParameter(2, sequence).executeUpdate();
        }
    }

    @Test
    void anAuditRowEditedInTheDatabaseIsFoundByTheChainCheck() {
        caller.authenticatedByToken(fixture.account("admin"));
        List<AuditEntry> appended = writes.append(3);
        AuditChain.Verification before = log.verify();
        assertThat(before.intact()).isTrue();
        assertThat(log.latest().get(0)).isEqualTo(appended.get(2));

        AuditEntry middle = appended.get(1);
        writes.setDetails(middle.sequence(), "Belum Kompeten");
        try {
            AuditChain.Verification after = log.verify();
            assertThat(after).isInstanceOf(AuditChain.Broken.class);
            AuditChain.Broken broken = (AuditChain.Broken) after;
            assertThat(broken.sequence()).isEqualTo(middle.sequence());
            assertThat(broken.breach()).isEqualTo(AuditChain.Breach.CONTENT_CHANGED);
        } finally {
            writes.setDetails(middle.sequence(), middle.details());
        }
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void onlyAnAdminVerifiesOrReadsTheTrail() {
        caller.authenticatedByToken(fixture.account("koordinator"));
        assertThatThrownBy(() -> log.verify()).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> log.latest()).isInstanceOf(AccessDenied.class);
    }
}
