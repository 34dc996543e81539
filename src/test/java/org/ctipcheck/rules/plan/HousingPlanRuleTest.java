package org.ctipcheck.rules.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipcheck.rules.plan.Findings.assertGap;

import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;

/** rules/plan/ctip-plan-06-housing.drl: a housing plan when housing is provided or arranged. */
class HousingPlanRuleTest {
    private static final String SECTION = "/compliancePlan/housing";
    /** Attested housing conditions mean housing is provided (see PlanAgainstAttestedFactsRuleTest); removed here. */
    private static final String NO_ATTESTED_HOUSING = "/workforce/housingConditions";

    @Test
    void flagsAPlanWithoutAHousingSection() {
        ResultAssert result = SubmissionFixture.compliant().remove(SECTION).remove(NO_ATTESTED_HOUSING).evaluate()
                .fires("CTIP-PLAN-06.section-missing")
                .doesNotFire("CTIP-PLAN-06.no-housing")
                .doesNotFire("CTIP-PLAN-06.met")
                .status("CTIP-PLAN-06", Status.NOT_MET);
        assertGap(result, "CTIP-PLAN-06.section-missing", Severity.MINOR, SECTION + "/providedOrArranged");
    }

    @Test
    void flagsAHousingSectionThatDoesNotSayWhetherHousingIsProvided() {
        ResultAssert result = SubmissionFixture.compliant().remove(SECTION + "/providedOrArranged").remove(NO_ATTESTED_HOUSING).evaluate()
                .fires("CTIP-PLAN-06.section-missing")
                .doesNotFire("CTIP-PLAN-06.no-housing-plan")
                .doesNotFire("CTIP-PLAN-06.inspections-missing")
                .doesNotFire("CTIP-PLAN-06.met")
                .status("CTIP-PLAN-06", Status.NOT_MET);
        assertThat(result.item("CTIP-PLAN-06").ruleIds()).containsExactly("CTIP-PLAN-06.section-missing");
    }

    @Test
    void treatsAStatementThatNoHousingIsProvidedAsNotApplicable() {
        ResultAssert result = SubmissionFixture.compliant().set(SECTION + "/providedOrArranged", false)
                .remove(SECTION + "/standards").remove(SECTION + "/inspections").remove(NO_ATTESTED_HOUSING).evaluate()
                .fires("CTIP-PLAN-06.no-housing")
                .doesNotFire("CTIP-PLAN-06.section-missing")
                .doesNotFire("CTIP-PLAN-06.no-housing-plan")
                .doesNotFire("CTIP-PLAN-06.inspections-missing")
                .doesNotFire("CTIP-PLAN-06.met")
                .status("CTIP-PLAN-06", Status.NOT_APPLICABLE);
        assertThat(result.item("CTIP-PLAN-06").evidence()).extracting(e -> e.pointer())
                .containsExactly(SECTION + "/providedOrArranged");
        assertThat(Findings.planFindings(result)).isEmpty();
    }

    @Test
    void flagsHousingProvidedWithoutAStandard() {
        ResultAssert result = SubmissionFixture.compliant().remove(SECTION + "/standards").evaluate()
                .fires("CTIP-PLAN-06.no-housing-plan")
                .doesNotFire("CTIP-PLAN-06.inspections-missing")
                .doesNotFire("CTIP-PLAN-06.met")
                .doesNotFire("CTIP-PLAN-06.no-housing")
                .status("CTIP-PLAN-06", Status.NOT_MET);
        assertGap(result, "CTIP-PLAN-06.no-housing-plan", Severity.BLOCKER, SECTION + "/providedOrArranged",
                SECTION + "/meetsHostCountryStandards", SECTION + "/standards");
    }

    @Test
    void flagsHousingProvidedWithABlankStandard() {
        SubmissionFixture.compliant().set(SECTION + "/standards", " ").evaluate()
                .fires("CTIP-PLAN-06.no-housing-plan")
                .status("CTIP-PLAN-06", Status.NOT_MET);
    }

    @Test
    void flagsHousingThatDoesNotMeetHostCountryStandards() {
        SubmissionFixture.compliant().set(SECTION + "/meetsHostCountryStandards", false).evaluate()
                .fires("CTIP-PLAN-06.no-housing-plan")
                .doesNotFire("CTIP-PLAN-06.met")
                .status("CTIP-PLAN-06", Status.NOT_MET);
    }

    @Test
    void doesNotAskForAHousingPlanWhenNoHousingIsProvided() {
        SubmissionFixture.compliant().set(SECTION + "/providedOrArranged", false)
                .set(SECTION + "/meetsHostCountryStandards", false).remove(SECTION + "/standards").remove(NO_ATTESTED_HOUSING).evaluate()
                .doesNotFire("CTIP-PLAN-06.no-housing-plan")
                .fires("CTIP-PLAN-06.no-housing")
                .status("CTIP-PLAN-06", Status.NOT_APPLICABLE);
    }

    @Test
    void flagsAHousingPlanWithoutInspections() {
        ResultAssert result = SubmissionFixture.compliant().remove(SECTION + "/inspections").evaluate()
                .fires("CTIP-PLAN-06.inspections-missing")
                .doesNotFire("CTIP-PLAN-06.no-housing-plan")
                .doesNotFire("CTIP-PLAN-06.met")
                .status("CTIP-PLAN-06", Status.MET_WITH_ADVICE);
        // Good practice only: (h)(3)(iv) does not mention inspections.
        assertGap(result, "CTIP-PLAN-06.inspections-missing", Severity.INFO, SECTION + "/inspections");
    }

    @Test
    void flagsABlankInspectionSchedule() {
        SubmissionFixture.compliant().set(SECTION + "/inspections", "").evaluate()
                .fires("CTIP-PLAN-06.inspections-missing")
                .status("CTIP-PLAN-06", Status.MET_WITH_ADVICE);
    }

    @Test
    void reportsOnlyTheMissingStandardWhenInspectionsAreMissingToo() {
        ResultAssert result = SubmissionFixture.compliant().remove(SECTION + "/standards").remove(SECTION + "/inspections")
                .evaluate()
                .fires("CTIP-PLAN-06.no-housing-plan")
                .doesNotFire("CTIP-PLAN-06.inspections-missing");
        assertThat(result.item("CTIP-PLAN-06").ruleIds()).containsExactly("CTIP-PLAN-06.no-housing-plan");
    }

    @Test
    void meetsTheRequirementWithANamedStandardAndInspections() {
        ResultAssert result = SubmissionFixture.compliant().evaluate()
                .fires("CTIP-PLAN-06.met")
                .doesNotFire("CTIP-PLAN-06.section-missing")
                .doesNotFire("CTIP-PLAN-06.no-housing-plan")
                .doesNotFire("CTIP-PLAN-06.inspections-missing")
                .doesNotFire("CTIP-PLAN-06.no-housing")
                .status("CTIP-PLAN-06", Status.MET);
        assertThat(result.item("CTIP-PLAN-06").evidence()).extracting(e -> e.pointer())
                .containsExactly(SECTION + "/standards", SECTION + "/inspections");
    }
}
