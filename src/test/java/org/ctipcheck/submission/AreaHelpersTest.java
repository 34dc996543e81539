package org.ctipcheck.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The helpers the grant and child-labor rules call: AssistanceTerms, EndProduct, ChildLaborCertification. */
class AreaHelpersTest {

    private static Portion services(boolean abroad, Long value) {
        return new Portion("/p", "p", PortionKind.SERVICES, abroad, false, value == null ? null : BigDecimal.valueOf(value), null, null, "");
    }

    private static Award award(Portion... portions) {
        return new Award("/award", "A", Instrument.GRANT, "", LocalDate.of(2024, 1, 1), null, false, null, null, List.of(portions),
                List.of(), null, null, Department.OTHER, List.of(), null, null, List.of(), null, List.of(), null);
    }

    @Test
    void theGrantTestIsMoreThan500000OfServicesAbroad() {
        assertThat(AssistanceTerms.certificationTriggered(award(services(true, 500_000L)))).isFalse();
        assertThat(AssistanceTerms.certificationNotTriggered(award(services(true, 500_000L)))).isTrue();
        assertThat(AssistanceTerms.certificationTriggered(award(services(true, 500_001L)))).isTrue();
        assertThat(AssistanceTerms.certificationTriggered(award(services(false, 9_000_000L)))).isFalse();
    }

    @Test
    void anUnvaluedServicesPortionAbroadLeavesTheTestUndecidedUnlessTheRestAlreadyExceedsIt() {
        assertThat(AssistanceTerms.triggerUndecided(award(services(true, 400_000L), services(true, null)))).isTrue();
        assertThat(AssistanceTerms.triggerUndecided(award(services(true, 600_000L), services(true, null)))).isFalse();
    }

    @Test
    void aSubcontractsAnnualCertificationIsOverdueTheDayAfterItTurnsAYearOld() {
        Subcontract sub = new Subcontract("/s", "S", "P", SubcontractKind.SUBCONTRACT, 1, null, null, null,
                LocalDate.of(2024, 1, 10), true, true, LocalDate.of(2024, 1, 5), LocalDate.of(2025, 3, 1));
        assertThat(AssistanceTerms.subAnnualCertificationOverdue(sub, LocalDate.of(2026, 3, 1))).isFalse();
        assertThat(AssistanceTerms.subAnnualCertificationOverdue(sub, LocalDate.of(2026, 3, 2))).isTrue();
        assertThat(AssistanceTerms.noSubAnnualCertificationOverdue(List.of(sub), LocalDate.of(2026, 3, 2))).isFalse();
    }

    @Test
    void tradeAgreementExceptionsStartAtTheirThresholds() {
        EndProduct mexican = new EndProduct("/e", "Garments", "MX", null);
        assertThat(mexican.tradeAgreementExceptionApplies(award(services(false, 102_280L)))).isTrue();
        assertThat(mexican.tradeAgreementExceptionApplies(award(services(false, 102_279L)))).isFalse();
        assertThat(new EndProduct("/e", "Garments", "gb", null).tradeAgreementThreshold()).isEqualByComparingTo("174000");
        assertThat(new EndProduct("/e", "Garments", "IL", null).tradeAgreementThreshold()).isEqualByComparingTo("50000");
        assertThat(new EndProduct("/e", "Garments", "IN", null).tradeAgreementCountry()).isFalse();
        assertThat(mexican.tradeAgreementExceptionUndecided(award(services(false, null)))).isTrue();
    }

    @Test
    void optionC2CountsOnlyWithADocumentedGoodFaithEffort() {
        ChildLaborCertification documented = new ChildLaborCertification("/c", true, null, ChildLaborOption.MAY_SUPPLY_AFTER_GOOD_FAITH_EFFORT, true, true, null);
        ChildLaborCertification undocumented = new ChildLaborCertification("/c", true, null, ChildLaborOption.MAY_SUPPLY_AFTER_GOOD_FAITH_EFFORT, null, true, null);
        assertThat(documented.goodFaithCertified()).isTrue();
        assertThat(undocumented.goodFaithCertified()).isFalse();
        assertThat(undocumented.goodFaithUndocumented()).isTrue();
        assertThat(new ChildLaborCertification("/c", true, null, ChildLaborOption.WILL_NOT_SUPPLY_LISTED_PRODUCTS, null, null, null).willNotSupplyListed()).isTrue();
    }
}
