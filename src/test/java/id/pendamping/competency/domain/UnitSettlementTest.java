package id.pendamping.competency.domain;

import static id.pendamping.competency.domain.AssessorRole.FIRST;
import static id.pendamping.competency.domain.AssessorRole.MODERATOR;
import static id.pendamping.competency.domain.AssessorRole.SECOND;
import static id.pendamping.competency.domain.Verdict.COMPETENT;
import static id.pendamping.competency.domain.Verdict.NOT_YET_COMPETENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UnitSettlementTest {

    @Test
    void withoutASecondRatingTheFirstVerdictSettlesTheUnit() {
        assertThat(UnitSettlement.of(false, Map.of())).isInstanceOf(UnitSettlement.Pending.class);
        assertThat(UnitSettlement.of(false, Map.of(FIRST, NOT_YET_COMPETENT)))
                .isEqualTo(new UnitSettlement.Settled(NOT_YET_COMPETENT, UnitSettlement.SettledBy.SINGLE));
    }

    @Test
    void withASecondRatingTheFirstVerdictAloneNeverSettles() {
        assertThat(UnitSettlement.of(true, Map.of(FIRST, COMPETENT))).isInstanceOf(UnitSettlement.Pending.class);
        assertThat(UnitSettlement.of(true, Map.of(SECOND, COMPETENT))).isInstanceOf(UnitSettlement.Pending.class);
    }

    @Test
    void twoVerdictsThatAgreeSettleTheUnit() {
        assertThat(UnitSettlement.of(true, Map.of(FIRST, NOT_YET_COMPETENT, SECOND, NOT_YET_COMPETENT)))
                .isEqualTo(new UnitSettlement.Settled(NOT_YET_COMPETENT, UnitSettlement.SettledBy.AGREED));
    }

    @Test
    void twoVerdictsThatDisagreeWaitForTheModeratorWhoseVerdictIsTheOutcome() {
        assertThat(UnitSettlement.of(true, Map.of(FIRST, COMPETENT, SECOND, NOT_YET_COMPETENT)))
                .isInstanceOf(UnitSettlement.NeedsModeration.class);
        assertThat(UnitSettlement.of(true, Map.of(FIRST, COMPETENT, SECOND, NOT_YET_COMPETENT, MODERATOR, NOT_YET_COMPETENT)))
                .isEqualTo(new UnitSettlement.Settled(NOT_YET_COMPETENT, UnitSettlement.SettledBy.MODERATED));
        assertThat(UnitSettlement.of(true, Map.of(FIRST, NOT_YET_COMPETENT, SECOND, COMPETENT, MODERATOR, COMPETENT)))
                .isEqualTo(new UnitSettlement.Settled(COMPETENT, UnitSettlement.SettledBy.MODERATED));
    }
}
