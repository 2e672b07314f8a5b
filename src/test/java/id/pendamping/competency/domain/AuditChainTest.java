package id.pendamping.competency.domain;

import static id.pendamping.competency.domain.AuditChain.Breach.CONTENT_CHANGED;
import static id.pendamping.competency.domain.AuditChain.Breach.LINK_BROKEN;
import static id.pendamping.competency.domain.AuditChain.Breach.SEQUENCE_GAP;
import static id.pendamping.competency.domain.AuditChain.Breach.SEQUENCE_OUT_OF_ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendamping.competency.domain.AuditChain.Broken;
import id.pendamping.competency.domain.AuditChain.Intact;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");
    private static final String ASSESSOR = "MET.000.001234 2019";
    private static final String SUBJECT = "candidate 42 / unit M.70PEN00.008.1";

    // An appeal's trail: verdict, appeal opened, a reviewer assigned, appeal upheld.
    private final AuditEntry verdict = AuditChain.start(T0, ASSESSOR, "verdict.recorded", SUBJECT,
            "BK \u2014 bukti portofolio belum cukup");
    private final AuditEntry appeal = AuditChain.append(verdict, T0.plus(Duration.ofMinutes(5)), ASSESSOR,
            "appeal.opened", SUBJECT, "");
    private final AuditEntry assignment = AuditChain.append(appeal, T0.plus(Duration.ofHours(1)), "koordinator.jakarta",
            "appeal.assigned", SUBJECT, "reviewer ASR-07, not involved in the assessment");
    private final AuditEntry upheld = AuditChain.append(assignment, T0.plus(Duration.ofDays(1)), "ASR-07",
            "appeal.upheld", SUBJECT, "re-assessment scheduled");
    private final List<AuditEntry> chain = List.of(verdict, appeal, assignment, upheld);

    @Test
    void anUntouchedChainIsIntact() {
        assertThat(AuditChain.verify(chain)).isEqualTo(new Intact(4));
        assertThat(AuditChain.verify(chain).intact()).isTrue();
        assertThat(chain).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L, 4L);
        assertThat(verdict.previousHash()).isEqualTo(AuditChain.GENESIS_HASH).isEqualTo("0".repeat(64));
        assertThat(appeal.previousHash()).isEqualTo(verdict.hash());
        assertThat(upheld.previousHash()).isEqualTo(assignment.hash());
        assertThat(chain).extracting(AuditEntry::hash).allMatch(hash -> hash.matches("[0-9a-f]{64}"));
    }

    @Test
    void anEmptyChainIsIntact() {
        assertThat(AuditChain.verify(List.of())).isEqualTo(new Intact(0));
    }

    @Test
    void hashesAnAuditorCanRecomputeFromTheStoredColumns() {
        // Netstrings of UTF-8 bytes: the em dash is one character but three bytes, so details count 35.
        // The hashes were computed outside Java: printf '%s' "<previous hash><content>" | sha256sum
        assertThat(AuditChain.canonicalContent(1, T0, ASSESSOR, "verdict.recorded", SUBJECT,
                "BK \u2014 bukti portofolio belum cukup"))
                .isEqualTo("1:1,20:2024-05-01T08:00:00Z,19:MET.000.001234 2019,16:verdict.recorded,"
                        + "35:candidate 42 / unit M.70PEN00.008.1,35:BK \u2014 bukti portofolio belum cukup,");
        assertThat(verdict.hash()).isEqualTo("9b54fca7a6d4a1764748110a3b22dc391c6d2bb7869ec16e28e224d91227ec1f");
        assertThat(AuditChain.canonicalContent(2, appeal.time(), ASSESSOR, "appeal.opened", SUBJECT, ""))
                .isEqualTo("1:2,20:2024-05-01T08:05:00Z,19:MET.000.001234 2019,13:appeal.opened,"
                        + "35:candidate 42 / unit M.70PEN00.008.1,0:,");
        assertThat(appeal.hash()).isEqualTo("1a362af507b9881ebfcea4382ded6e698cabd2f0b0977a09b41d44adf7157d3b");
    }

    @Test
    void editedDetailsAreFoundAtTheirEntry() {
        List<AuditEntry> edited = replace(chain, 2, withDetails(assignment, "reviewer ASR-01"));

        assertThat(AuditChain.verify(edited)).isEqualTo(new Broken(2, 3, CONTENT_CHANGED));
        assertThat(AuditChain.verify(edited).intact()).isFalse();
    }

    @Test
    void anEditedTimeIsFoundAtItsEntry() {
        AuditEntry backdated = new AuditEntry(appeal.sequence(), T0.plus(Duration.ofMinutes(1)), appeal.actor(),
                appeal.action(), appeal.subject(), appeal.details(), appeal.previousHash(), appeal.hash());

        assertThat(AuditChain.verify(replace(chain, 1, backdated))).isEqualTo(new Broken(1, 2, CONTENT_CHANGED));
    }

    @Test
    void anEditedEntryWhoseHashWasRecomputedBreaksTheLinkOfTheNext() {
        // Whoever knows the scheme can rehash the entry they changed; the next entry still points at the old hash.
        AuditEntry forged = AuditChain.append(verdict, appeal.time(), appeal.actor(), appeal.action(), appeal.subject(),
                "withdrawn by the candidate");

        assertThat(AuditChain.verify(replace(chain, 1, forged))).isEqualTo(new Broken(2, 3, LINK_BROKEN));
    }

    @Test
    void aDeletedEntryLeavesAGap() {
        List<AuditEntry> withoutAppeal = List.of(verdict, assignment, upheld);

        assertThat(AuditChain.verify(withoutAppeal)).isEqualTo(new Broken(1, 3, SEQUENCE_GAP));
    }

    @Test
    void aDeletedFirstEntryLeavesAGap() {
        assertThat(AuditChain.verify(List.of(appeal, assignment, upheld))).isEqualTo(new Broken(0, 2, SEQUENCE_GAP));
    }

    @Test
    void aDeletedEntryWithTheNextRenumberedBreaksTheLink() {
        AuditEntry renumbered = new AuditEntry(2, assignment.time(), assignment.actor(), assignment.action(),
                assignment.subject(), assignment.details(), assignment.previousHash(), assignment.hash());

        assertThat(AuditChain.verify(List.of(verdict, renumbered))).isEqualTo(new Broken(1, 2, LINK_BROKEN));
    }

    @Test
    void aSwappedPairIsFoundWhereTheLaterEntryComesTooEarly() {
        List<AuditEntry> swapped = List.of(verdict, assignment, appeal, upheld);

        assertThat(AuditChain.verify(swapped)).isEqualTo(new Broken(1, 3, SEQUENCE_GAP));
    }

    @Test
    void aSwappedPairWithItsSequenceNumbersSwappedBackBreaksTheLink() {
        AuditEntry assignmentAsSecond = new AuditEntry(2, assignment.time(), assignment.actor(), assignment.action(),
                assignment.subject(), assignment.details(), assignment.previousHash(), assignment.hash());
        AuditEntry appealAsThird = new AuditEntry(3, appeal.time(), appeal.actor(), appeal.action(), appeal.subject(),
                appeal.details(), appeal.previousHash(), appeal.hash());

        assertThat(AuditChain.verify(List.of(verdict, assignmentAsSecond, appealAsThird, upheld)))
                .isEqualTo(new Broken(1, 2, LINK_BROKEN));
    }

    @Test
    void aRepeatedEntryIsOutOfOrder() {
        assertThat(AuditChain.verify(List.of(verdict, appeal, appeal, assignment)))
                .isEqualTo(new Broken(2, 2, SEQUENCE_OUT_OF_ORDER));
    }

    @Test
    void cuttingOffTheLatestEntriesIsOnlyCaughtByAHashKeptElsewhere() {
        // The limit stated in AuditChain's documentation: the shortened chain is itself intact.
        String anchor = upheld.hash();
        List<AuditEntry> shortened = chain.subList(0, 3);

        assertThat(AuditChain.verify(shortened)).isEqualTo(new Intact(3));
        assertThat(shortened.get(shortened.size() - 1).hash()).isNotEqualTo(anchor);
    }

    @Test
    void fieldsThatWouldRunTogetherDoNotCollide() {
        // Plain concatenation could not tell these apart; the length prefixes can.
        assertThat("ab" + "c").isEqualTo("a" + "bc");
        assertDiffer(AuditChain.start(T0, "ab", "c", SUBJECT, ""), AuditChain.start(T0, "a", "bc", SUBJECT, ""));
        assertDiffer(AuditChain.start(T0, ASSESSOR, "x", "s", "d"), AuditChain.start(T0, ASSESSOR, "x", "sd", ""));
        // Text that looks like the encoding itself is still only text.
        assertDiffer(AuditChain.start(T0, ASSESSOR, "x", "s", "1:d,"), AuditChain.start(T0, ASSESSOR, "x", "s,1:d", ""));
        assertDiffer(AuditChain.start(T0, ASSESSOR, "x", "s", ",0:,"), AuditChain.start(T0, ASSESSOR, "x", "s,0:", ""));
    }

    @Test
    void timeIsKeptToTheMillisecondSoAStoredEntryStillVerifies() {
        AuditEntry entry = AuditChain.start(T0.plusNanos(123_456_789), ASSESSOR, "verdict.recorded", SUBJECT, "");

        assertThat(entry.time()).isEqualTo(T0.plusMillis(123));
        assertThat(AuditChain.verify(List.of(entry))).isEqualTo(new Intact(1));
    }

    @Test
    void refusesEntriesWithoutAnActorActionOrSubject() {
        assertThatThrownBy(() -> AuditChain.start(T0, " ", "verdict.recorded", SUBJECT, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actor");
        assertThatThrownBy(() -> AuditChain.append(verdict, T0, ASSESSOR, "", SUBJECT, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("action");
        assertThatThrownBy(() -> AuditChain.append(verdict, T0, ASSESSOR, "appeal.opened", "", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subject");
    }

    @Test
    void refusesTextThatUtf8CannotCarry() {
        // A lone surrogate would be written as '?', hashing the same as a real '?'.
        assertThatThrownBy(() -> AuditChain.append(verdict, T0, ASSESSOR, "appeal.opened", SUBJECT, "broken \uD800"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("details");
    }

    private static void assertDiffer(AuditEntry one, AuditEntry other) {
        assertThat(AuditChain.canonicalContent(one.sequence(), one.time(), one.actor(), one.action(), one.subject(),
                one.details()))
                .isNotEqualTo(AuditChain.canonicalContent(other.sequence(), other.time(), other.actor(),
                        other.action(), other.subject(), other.details()));
        assertThat(one.hash()).isNotEqualTo(other.hash());
    }

    private static AuditEntry withDetails(AuditEntry entry, String details) {
        return new AuditEntry(entry.sequence(), entry.time(), entry.actor(), entry.action(), entry.subject(), details,
                entry.previousHash(), entry.hash());
    }

    private static List<AuditEntry> replace(List<AuditEntry> entries, int position, AuditEntry replacement) {
        List<AuditEntry> copy = new ArrayList<>(entries);
        copy.set(position, replacement);
        return copy;
    }
}
