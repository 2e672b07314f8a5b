package id.pendamping.competency.domain;

import id.pendamping.platform.Hashes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * The competency audit trail as a hash chain: each {@link AuditEntry} carries SHA-256 of the previous
 * entry's hash followed by its own canonical content, so changing, removing or reordering an entry
 * breaks the chain from that entry on, and {@link #verify} says where.
 *
 * <p>Canonical content is the entry's fields in a fixed order, each written as a netstring
 * ({@code <UTF-8 byte length>:<UTF-8 bytes>,}): sequence (decimal), time (ISO-8601 instant, UTC),
 * actor, action, subject, details. The length prefix is what makes it unambiguous: actor "ab" with
 * action "c" and actor "a" with action "bc" are {@code 2:ab,1:c,} and {@code 1:a,2:bc,}, whatever
 * characters the text holds, so no field can be shifted into another without changing the hash. The
 * previous hash needs no prefix: it is always 64 characters. Netstrings are simple enough for an
 * auditor to recompute a hash with any tool, from the stored columns alone. New entries keep their
 * time to the millisecond: the time is hashed, and a database keeping fewer digits than the clock
 * gives would otherwise hand back a time whose hash no longer matches.
 *
 * <p>What the chain proves and what it does not: an entry edited in place, a row deleted from the
 * middle, rows swapped, all show. An attacker who rewrites every entry after the one they changed,
 * recomputing each hash, produces a chain that verifies; so does cutting off the latest entries.
 * Both are caught only by comparing with a copy of a recent hash kept elsewhere (a report, an export,
 * another system). The chain makes tampering evident, not impossible.
 */
public final class AuditChain {

    /** The previous hash of the first entry. */
    public static final String GENESIS_HASH = "0".repeat(64);

    private AuditChain() {
    }

    /** The first entry of a chain; fields as for {@link #append}. */
    public static AuditEntry start(Instant time, String actor, String action, String subject, String details) {
        return entry(1, GENESIS_HASH, time, actor, action, subject, details);
    }

    /**
     * The entry after {@code previous}, chained to it.
     *
     * @throws IllegalArgumentException when a field is blank (details may be empty) or holds text that
     *                                  is not valid Unicode, which UTF-8 cannot carry faithfully
     */
    public static AuditEntry append(AuditEntry previous, Instant time, String actor, String action, String subject,
                                    String details) {
        Objects.requireNonNull(previous, "previous");
        return entry(previous.sequence() + 1, previous.hash(), time, actor, action, subject, details);
    }

    /**
     * Checks a whole chain, from its first entry, in the order stored. Per entry, in this order: its
     * sequence number follows the one before (the first is 1); its previous hash is the hash of the
     * entry before (the first's is {@link #GENESIS_HASH}); its hash matches its content. The first
     * failure is reported and checking stops, because every later entry is suspect once one is broken.
     */
    public static Verification verify(List<AuditEntry> entriesInOrder) {
        String expectedPrevious = GENESIS_HASH;
        for (int position = 0; position < entriesInOrder.size(); position++) {
            AuditEntry entry = entriesInOrder.get(position);
            long expectedSequence = position + 1L;
            if (entry.sequence() > expectedSequence) {
                return new Broken(position, entry.sequence(), Breach.SEQUENCE_GAP);
            }
            if (entry.sequence() < expectedSequence) {
                return new Broken(position, entry.sequence(), Breach.SEQUENCE_OUT_OF_ORDER);
            }
            if (!entry.previousHash().equals(expectedPrevious)) {
                return new Broken(position, entry.sequence(), Breach.LINK_BROKEN);
            }
            if (!entry.hash().equals(hashOf(entry.previousHash(), canonicalContent(entry.sequence(), entry.time(),
                    entry.actor(), entry.action(), entry.subject(), entry.details())))) {
                return new Broken(position, entry.sequence(), Breach.CONTENT_CHANGED);
            }
            expectedPrevious = entry.hash();
        }
        return new Intact(entriesInOrder.size());
    }

    /** The netstring encoding described in the class documentation. */
    static String canonicalContent(long sequence, Instant time, String actor, String action, String subject,
                                   String details) {
        StringBuilder content = new StringBuilder();
        for (String field : new String[] {Long.toString(sequence), time.toString(), actor, action, subject, details}) {
            content.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field).append(',');
        }
        return content.toString();
    }

    private static String hashOf(String previousHash, String canonicalContent) {
        return Hashes.sha256(previousHash + canonicalContent);
    }

    private static AuditEntry entry(long sequence, String previousHash, Instant time, String actor, String action,
                                    String subject, String details) {
        Objects.requireNonNull(time, "time");
        requireText("actor", actor, false);
        requireText("action", action, false);
        requireText("subject", subject, false);
        requireText("details", details, true);
        Instant hashedTime = time.truncatedTo(ChronoUnit.MILLIS);
        String hash = hashOf(previousHash, canonicalContent(sequence, hashedTime, actor, action, subject, details));
        return new AuditEntry(sequence, hashedTime, actor, action, subject, details, previousHash, hash);
    }

    private static void requireText(String name, String value, boolean mayBeEmpty) {
        Objects.requireNonNull(value, name);
        if (!mayBeEmpty && value.isBlank()) {
            throw new IllegalArgumentException("An audit entry needs its " + name);
        }
        // A lone surrogate becomes '?' in UTF-8, so two different texts would hash the same.
        if (!StandardCharsets.UTF_8.newEncoder().canEncode(value)) {
            throw new IllegalArgumentException("Text in the " + name + " of an audit entry is not valid Unicode");
        }
    }

    /** What {@link #verify} found: {@link Intact} or {@link Broken}. */
    public sealed interface Verification permits Intact, Broken {

        boolean intact();
    }

    /** Every entry checked out. */
    public record Intact(int entries) implements Verification {

        @Override
        public boolean intact() {
            return true;
        }
    }

    /**
     * The first entry that does not check out.
     *
     * @param position zero-based index in the list verified; needed when sequence numbers are themselves
     *                 repeated
     * @param sequence the sequence number that entry carries
     * @param breach   what is wrong with it
     */
    public record Broken(int position, long sequence, Breach breach) implements Verification {

        public Broken {
            Objects.requireNonNull(breach, "breach");
        }

        @Override
        public boolean intact() {
            return false;
        }
    }

    /** Why an entry breaks the chain. */
    public enum Breach {

        /** Its hash does not match its content: a field was changed after it was written. */
        CONTENT_CHANGED,

        /** Its previous hash is not the hash of the entry before it: an entry was removed or replaced. */
        LINK_BROKEN,

        /**
         * Its sequence number skips ahead: entries before it are missing. Entries swapped show as a
         * gap at the first of them, which came too early.
         */
        SEQUENCE_GAP,

        /** Its sequence number is not above the one before: an entry repeated or moved back. */
        SEQUENCE_OUT_OF_ORDER
    }
}
