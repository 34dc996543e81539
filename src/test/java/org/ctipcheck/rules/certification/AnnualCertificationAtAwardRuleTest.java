package org.ctipcheck.rules.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ctipcheck.findings.PlanDecision.Outcome;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;

/**
 * rules/certification/ctip-cert-02-required-at-award.drl, written from FAR 22.1703(c)(2): "Require annual certifications
 * (see 52.222-50(h)(5)) during performance of the contract, when a compliance plan was required at award". Base fixture:
 * NOV 2021 clause ($550,000), award 2023-06-15, annual certifications 2024-06-10 and 2025-06-09, evaluated 2026-03-01.
 * A modification P00007 of 2025-01-10 de-scoped the work in Qatar: today no portion is outside the United States.
 */
class AnnualCertificationAtAwardRuleTest {
    private static final String MODIFIED_ON = "2025-01-10";

    private static Map<String, Object> servicesAbroad(String value) {
        return Map.of("id", "design-build-services", "kind", "SERVICES", "outsideUnitedStates", true, "estimatedValue", Long.parseLong(value));
    }

    /** Awarded with {@code valueAtAward} of services in Qatar; de-scoped to the work in Virginia by P00007. */
    private static SubmissionFixture descoped(String valueAtAward) {
        return SubmissionFixture.compliant()
                .remove("/award/portions/0")
                .set("/award/placesOfPerformance", List.of("US"))
                .set("/compliancePlan/coveredPortions", List.of())
                .set("/award/asAwarded", Map.of("portions", List.of(servicesAbroad(valueAtAward)),
                        "modifiedOn", MODIFIED_ON, "modification", "P00007"));
    }

    @Test
    void aPlanRequiredAtAwardKeepsAnnualCertificationsDueAfterADeScopingModification() {
        // $550,001 at award > $550,000 (NOV 2021): required at award; today nothing is outside the United States.
        ResultAssert result = descoped("550001").evaluate()
                .planDecision(Outcome.NOT_REQUIRED)
                .fires("CTIP-CERT-02.plan-required-at-award")
                .doesNotFire("CTIP-CERT-02.no-plan-required-at-award")
                .doesNotFire("CTIP-CERT-02.undetermined")
                .fires("CTIP-CERT-02.met")
                .status("CTIP-CERT-02", Status.MET)
                .status("CTIP-CERT-01", Status.NOT_APPLICABLE);
        assertThat(result.item("CTIP-CERT-02").reason())
                .contains("required at award")
                .contains("$550,001) > $550,000 threshold of the NOV 2021 clause at award 2023-06-15")
                .contains("modification P00007 of 2025-01-10 changed the portions");
    }

    @Test
    void aMissingAnnualCertificationIsABlockerWhenThePlanWasRequiredAtAward() {
        ResultAssert result = descoped("550001").remove("/certifications/2").remove("/certifications/1").evaluate()
                .fires("CTIP-CERT-02.missing")
                .status("CTIP-CERT-02", Status.NOT_MET);
        assertThat(result.finding("CTIP-CERT-02.missing").severity()).isEqualTo(Severity.BLOCKER);
        assertThat(result.finding("CTIP-CERT-02.missing").message()).contains("They are due because a compliance plan was required at award");
    }

    @Test
    void atTheThresholdAtAwardNoPlanWasRequiredAndTheAnnualCertificationsDoNotApply() {
        // $550,000 is not above $550,000: FAR 52.222-50(h)(1)(ii) "exceeds".
        descoped("550000").remove("/certifications/2").remove("/certifications/1").evaluate()
                .planDecision(Outcome.NOT_REQUIRED)
                .doesNotFire("CTIP-CERT-02.plan-required-at-award")
                .doesNotFire("CTIP-CERT-02.missing")
                .fires("CTIP-CERT-02.no-plan-required-at-award")
                .status("CTIP-CERT-02", Status.NOT_APPLICABLE);
    }

    @Test
    void commercialOffTheShelfSuppliesAtAwardDoNotCount() {
        SubmissionFixture fixture = descoped("550001").remove("/award/asAwarded/portions/0").set("/award/asAwarded/portions/-",
                Map.of("id", "cots-abroad", "kind", "SUPPLIES", "outsideUnitedStates", true, "cots", true, "estimatedValue", 9_000_000));
        fixture.evaluate().doesNotFire("CTIP-CERT-02.plan-required-at-award").status("CTIP-CERT-02", Status.NOT_APPLICABLE);
    }

    @Test
    void optionsAtAwardCountTowardsTheValueAtAward() {
        // FAR 1.108(c): $500,000 base + $50,001 options = $550,001 > $550,000.
        descoped("500000").set("/award/asAwarded/portions/0/optionValue", 50_001).evaluate()
                .fires("CTIP-CERT-02.plan-required-at-award");
        descoped("500000").set("/award/asAwarded/portions/0/optionValue", 50_000).evaluate()
                .doesNotFire("CTIP-CERT-02.plan-required-at-award");
    }

    @Test
    void theDayBeforeTheModificationThePlanDecisionItselfRequiresThePlan() {
        // Point in time: on 2025-01-09 the portions as awarded are still in force.
        descoped("550001").asOf("2025-01-09").evaluate()
                .planDecision(Outcome.REQUIRED)
                .fires("CTIP-CERT-02.due-under-plan-decision")
                .doesNotFire("CTIP-CERT-02.plan-required-at-award");
        descoped("550001").asOf(MODIFIED_ON).evaluate()
                .planDecision(Outcome.NOT_REQUIRED)
                .doesNotFire("CTIP-CERT-02.due-under-plan-decision")
                .fires("CTIP-CERT-02.plan-required-at-award");
    }

    @Test
    void aModificationToAnEditionWithAHigherThresholdDoesNotEndTheAnnualCertifications() {
        // At award NOV 2021 ($550,000) with $600,000 abroad; P00009 of 2025-11-03 incorporates OCT 2025 ($700,000).
        SubmissionFixture fixture = SubmissionFixture.compliant()
                .set("/award/portions/0/estimatedValue", 600_000)
                .set("/award/clause/modifications", List.of(Map.of("number", "P00009", "date", "2025-11-03", "clauseDate", "2025-10")));
        ResultAssert result = fixture.evaluate()
                .planDecision(Outcome.NOT_REQUIRED)
                .fires("CTIP-CERT-02.plan-required-at-award")
                .status("CTIP-CERT-02", Status.MET);
        assertThat(result.item("CTIP-CERT-02").reason()).contains("modification P00009 of 2025-11-03 incorporated 52.222-50 (OCT 2025)");
        fixture.asOf("2025-11-02").evaluate()
                .planDecision(Outcome.REQUIRED)
                .doesNotFire("CTIP-CERT-02.plan-required-at-award");
    }

    @Test
    void aTaskOrderCarriesItsParentsClauseAtAward() {
        SubmissionFixture order = descoped("550000")
                .set("/award/instrument", "TASK_ORDER")
                .remove("/award/clause/date")
                .set("/award/parentContract", Map.of("id", "IDIQ-1", "awardDate", "2022-02-01", "clause", Map.of("date", "2019-01")));
        // The parent's JAN 2019 clause at award binds $500,000: $550,000 exceeds it; under a NOV 2021 parent it would not.
        order.evaluate().fires("CTIP-CERT-02.plan-required-at-award");
        order.set("/award/parentContract/clause/date", "2021-11").evaluate().doesNotFire("CTIP-CERT-02.plan-required-at-award");
    }

    @Test
    void anEditionWithoutParagraphHAtAwardRequiredNoPlan() {
        descoped("900000").set("/award/clause/date", "2009-02").set("/award/awardDate", "2014-06-15")
                .set("/award/asAwarded/modifiedOn", "2015-01-10").evaluate()
                .doesNotFire("CTIP-CERT-02.plan-required-at-award")
                .fires("CTIP-CERT-02.no-plan-required-at-award");
    }
}
