package id.pendamping.competency.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the competency audit trail: who did what to which record, when, and the hashes that
 * chain it to the entry before. Made by {@link AuditChain#append}; read back from storage as it was
 * stored, right or tampered with, for {@link AuditChain#verify} to judge. So the record only refuses
 * missing values, not wrong ones.
 *
 * @param sequence     1 for the first entry, then one more for each
 * @param time         when it happened, by the server clock
 * @param actor        who did it, for example an assessor's registration number or an account name
 * @param action       what was done, for example "verdict.recorded" or "appeal.upheld"
 * @param subject      what it was done to, for example "candidate 42 / unit M.70PEN00.008.1"
 * @param details      free text, possibly empty: the reasons given, the values before and after
 * @param previousHash the previous entry's hash; 64 zeros for the first entry
 * @param hash         SHA-256, lower-case hex, of previousHash followed by this entry's canonical content
 */
public record AuditEntry(long sequence, Instant time, String actor, String action, String subject, String details,
                         String previousHash, String hash) {

    public AuditEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }
}
