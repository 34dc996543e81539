package org.ctipcheck.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SubcontractTest {
    private static final LocalDate AWARDED = LocalDate.of(2024, 3, 1);

    private static Subcontract subcontract(String covered, LocalDate preAward, LocalDate annual) {
        return new Subcontract("/subcontracts/0", "SC-1", "Party", SubcontractKind.SUBCONTRACT, 1, null,
                covered == null ? null : new BigDecimal(covered), null, AWARDED, true, true, preAward, annual);
    }

    @Test
    void isCoveredOnlyAboveTheThreshold() {
        BigDecimal threshold = new BigDecimal("550000");
        assertThat(subcontract("550000", null, null).coveredAbove(threshold)).isFalse();
        assertThat(subcontract("550001", null, null).coveredAbove(threshold)).isTrue();
        assertThat(subcontract(null, null, null).coveredAbove(threshold)).isFalse();
    }

    @Test
    void aCertificationOnTheAwardDayIsBeforeAward() {
        assertThat(subcontract("1", AWARDED, null).preAwardCertificationMissing()).isFalse();
        assertThat(subcontract("1", AWARDED.plusDays(1), null).preAwardCertificationMissing()).isTrue();
        assertThat(subcontract("1", null, null).preAwardCertificationMissing()).isTrue();
    }

    @Test
    void theAnnualCertificationLapsesTheDayAfterTwelveMonths() {
        LocalDate annual = LocalDate.of(2025, 3, 1);
        assertThat(subcontract("1", AWARDED, annual).annualCertificationLapsed(LocalDate.of(2026, 3, 1))).isFalse();
        assertThat(subcontract("1", AWARDED, annual).annualCertificationLapsed(LocalDate.of(2026, 3, 2))).isTrue();
    }

    @Test
    void beforeTheFirstAnnualCertificationTheTwelveMonthsRunFromAward() {
        assertThat(subcontract("1", AWARDED, null).annualCertificationLapsed(LocalDate.of(2025, 3, 1))).isFalse();
        assertThat(subcontract("1", AWARDED, null).annualCertificationLapsed(LocalDate.of(2025, 3, 2))).isTrue();
        assertThat(subcontract("1", AWARDED, null).annualCertificationDueBy()).isEqualTo(LocalDate.of(2025, 3, 1));
    }
}
