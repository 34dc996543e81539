package org.ctipcheck.rules.clause;

import static org.assertj.core.api.Assertions.assertThat;

import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.ctipcheck.submission.Evidence;
import org.junit.jupiter.api.Test;

class HousingConditionsRuleTest {
    private static final String HOUSING = "/workforce/housingConditions";

    @Test
    void isMetWhenInspectedHousingMeetsTheStandard() {
        SubmissionFixture.compliant().evaluate()
                .fires("CTIP-PROHIB-08.met")
                .doesNotFire("CTIP-PROHIB-08.fails-standards")
                .doesNotFire("CTIP-PROHIB-08.open-deficiencies")
                .doesNotFire("CTIP-PROHIB-08.never-inspected")
                .doesNotFire("CTIP-PROHIB-08.conditions-not-stated")
                .doesNotFire("CTIP-PROHIB-08.conditions-not-submitted")
                .doesNotFire("CTIP-PROHIB-08.housing-not-stated")
                .doesNotFire("CTIP-PROHIB-08.no-housing")
                .status("CTIP-PROHIB-08", Status.MET);
    }

    @Test
    void blocksHousingBelowHostCountryStandards() {
        ResultAssert result = SubmissionFixture.compliant().set(HOUSING + "/meetsHostCountryStandards", false).evaluate()
                .fires("CTIP-PROHIB-08.fails-standards")
                .doesNotFire("CTIP-PROHIB-08.met")
                .doesNotFire("CTIP-PROHIB-08.open-deficiencies")
                .status("CTIP-PROHIB-08", Status.NOT_MET);
        assertThat(result.finding("CTIP-PROHIB-08.fails-standards").severity()).isEqualTo(Severity.BLOCKER);
    }

    @Test
    void flagsOpenDeficiencies() {
        ResultAssert result = SubmissionFixture.compliant().set(HOUSING + "/openDeficiencies", true).evaluate()
                .fires("CTIP-PROHIB-08.open-deficiencies")
                .doesNotFire("CTIP-PROHIB-08.met")
                .status("CTIP-PROHIB-08", Status.NOT_MET);
        assertThat(result.finding("CTIP-PROHIB-08.open-deficiencies").severity()).isEqualTo(Severity.MAJOR);
        assertThat(result.finding("CTIP-PROHIB-08.open-deficiencies").message())
                .isEqualTo("Worker housing has open deficiencies from its last inspection (2026-02-10).");
    }

    @Test
    void flagsHousingNeverInspected() {
        ResultAssert result = SubmissionFixture.compliant().set(HOUSING + "/lastInspectedOn", null).evaluate()
                .fires("CTIP-PROHIB-08.never-inspected")
                .doesNotFire("CTIP-PROHIB-08.met")
                .status("CTIP-PROHIB-08", Status.NOT_MET);
        assertThat(result.finding("CTIP-PROHIB-08.never-inspected").severity()).isEqualTo(Severity.MINOR);
    }

    @Test
    void asksWhetherHousingMeetsTheStandardWhenNotStated() {
        SubmissionFixture.compliant().set(HOUSING + "/meetsHostCountryStandards", null).evaluate()
                .fires("CTIP-PROHIB-08.conditions-not-stated")
                .doesNotFire("CTIP-PROHIB-08.met")
                .doesNotFire("CTIP-PROHIB-08.never-inspected")
                .status("CTIP-PROHIB-08", Status.NEEDS_REVIEW);
    }

    @Test
    void asksForTheHousingAsProvidedWhenThePlanSaysHousingIsProvided() {
        ResultAssert result = SubmissionFixture.compliant().remove(HOUSING).evaluate()
                .fires("CTIP-PROHIB-08.conditions-not-submitted")
                .doesNotFire("CTIP-PROHIB-08.housing-not-stated")
                .doesNotFire("CTIP-PROHIB-08.met")
                .status("CTIP-PROHIB-08", Status.NEEDS_REVIEW);
        assertThat(result.finding("CTIP-PROHIB-08.conditions-not-submitted").evidence()).containsExactly(
                new Evidence("/compliancePlan/housing/providedOrArranged", true, "mgb-ctip-plan-rev2.pdf, p. 4, \u00a76"),
                Evidence.at(HOUSING, null));
    }

    @Test
    void isNotApplicableWhenThePlanSaysNoHousingIsProvided() {
        SubmissionFixture.compliant().remove(HOUSING).set("/compliancePlan/housing/providedOrArranged", false).evaluate()
                .fires("CTIP-PROHIB-08.no-housing")
                .doesNotFire("CTIP-PROHIB-08.met")
                .doesNotFire("CTIP-PROHIB-08.housing-not-stated")
                .status("CTIP-PROHIB-08", Status.NOT_APPLICABLE);
    }

    @Test
    void judgesHousingAsProvidedEvenWhenThePlanSaysThereIsNone() {
        SubmissionFixture.compliant().set("/compliancePlan/housing/providedOrArranged", false).evaluate()
                .fires("CTIP-PROHIB-08.met")
                .doesNotFire("CTIP-PROHIB-08.no-housing")
                .status("CTIP-PROHIB-08", Status.MET);
    }

    @Test
    void asksWhetherHousingIsProvidedWhenNothingSaysSo() {
        SubmissionFixture.compliant().remove(HOUSING).remove("/compliancePlan").evaluate()
                .fires("CTIP-PROHIB-08.housing-not-stated")
                .doesNotFire("CTIP-PROHIB-08.no-housing")
                .status("CTIP-PROHIB-08", Status.NEEDS_REVIEW);
    }
}
