package id.pendamping.competency.application;

import id.pendamping.competency.domain.AuditChain;
import id.pendamping.competency.domain.AuditEntry;
import id.pendamping.identity.application.Caller;
import id.pendamping.identity.domain.Role;
import id.pendamping.platform.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The append-only audit trail, stored as a hash chain: decisions that must be answerable later
 * (verdicts, moderations, appeal decisions, overrides, certificate revocations and corrections) are
 * appended in the transaction that makes them, so an entry exists exactly when its decision does.
 * An admin verifies the whole chain; an edited row shows as the first entry that does not check out.
 */
@ApplicationScoped
public class AuditLog {

    public static final int SHOWN = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Appends an entry in the caller's transaction; concurrent appends queue on the chain's head. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry append(String actor, String action, String subject, String details) {
        long last = ((Number) em.createNativeQuery("select last_sequence from audit_head where id = 1 for update")
                .getSingleResult()).longValue();
        Instant now = clock.instant();
        AuditEntry entry = last == 0 ? AuditChain.start(now, actor, action, subject, details)
                : AuditChain.append(entry(last), now, actor, action, subject, details);
        em.createNativeQuery("insert into audit_entry (sequence, occurred_at, actor, action, subject, details, "
                        + "previous_hash, hash) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, entry.sequence()).setParameter(2, Timestamp.from(entry.time()))
                .setParameter(3, entry.actor()).setParameter(4, entry.action()).setParameter(5, entry.subject())
                .setParameter(6, entry.details()).setParameter(7, entry.previousHash()).setParameter(8, entry.hash())
                .executeUpdate();
        em.createNativeQuery("update audit_head set last_sequence = ?1 where id = 1").setParameter(1, entry.sequence())
                .executeUpdate();
        return entry;
    }

    /** What the chain holds now: intact, or the first entry that does not check out. For admins. */
    @Transactional
    public AuditChain.Verification verify() {
        caller.require(Role.ADMIN);
        return AuditChain.verify(entries("asc", Integer.MAX_VALUE));
    }

    /** The latest entries, newest first. For admins. */
    @Transactional
    public List<AuditEntry> latest() {
        caller.require(Role.ADMIN);
        return entries("desc", SHOWN);
    }

    private static final String SELECT = "select sequence, occurred_at, actor, action, subject, details, previous_hash, "
            + "hash from audit_entry";

    private AuditEntry entry(long sequence) {
        return entry((Object[]) em.createNativeQuery(SELECT + " where sequence = ?1").setParameter(1, sequence)
                .getSingleResult());
    }

    private List<AuditEntry> entries(String direction, int limit) {
        List<?> rows = em.createNativeQuery(SELECT + " order by sequence " + direction).setMaxResults(limit).getResultList();
        return rows.stream().map(r -> entry((Object[]) r)).toList();
    }

    private static AuditEntry entry(Object[] r) {
        return new AuditEntry(((Number) r[0]).longValue(), SqlValues.instant(r[1]), (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], (String) r[7]);
    }
}
