package org.ctipcheck.rules.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipcheck.rules.plan.Findings.assertGap;
import static org.ctipcheck.rules.plan.Findings.planFindings;

import java.math.BigDecimal;
import java.util.List;
import org.ctipcheck.findings.Finding;
import org.ctipcheck.findings.PlanDecision;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;

/** rules/plan/ctip-plan-01-plan-exists.drl: a plan exists, covers every covered portion and is in force. */
class PlanExistsRuleTest {
    private static final List<String> PLAN_ELEMENTS = List.of("CTIP-PLAN-02", "CTIP-PLAN-03", "CTIP-PLAN-04",
            "CTIP-PLAN-05a", "CTIP-PLAN-05b", "CTIP-PLAN-05c", "CTIP-PLAN-06", "CTIP-PLAN-07", "CTIP-PLAN-08",
            "CTIP-PLAN-09");
    private static final List<String> PLAN_REQUIREMENTS = List.of("CTIP-PLAN-01", "CTIP-PLAN-02", "CTIP-PLAN-03",
            "CTIP-PLAN-04", "CTIP-PLAN-05a", "CTIP-PLAN-05b", "CTIP-PLAN-05c", "CTIP-PLAN-06", "CTIP-PLAN-07",
            "CTIP-PLAN-08", "CTIP-PLAN-09");

    private static SubmissionFixture planSections(SubmissionFixture fixture) {
        return fixture.remove("/compliancePlan/riskAssessment").remove("/compliancePlan/awareness")
                .remove("/compliancePlan/reporting").remove("/compliancePlan/recruitmentAndWage")
                .remove("/compliancePlan/housing").remove("/compliancePlan/agentsAndSubcontractors")
                .remove("/compliancePlan/posting").remove("/compliancePlan/requestsFromContractingOfficer");
    }

    // --- missing / elements-without-plan ---

    @Test
    void flagsARequiredPlanThatWasNotSubmittedWithOneBlocker() {
        ResultAssert result = SubmissionFixture.compliant().remove("/compliancePlan").evaluate()
                .planDecision(PlanDecision.Outcome.REQUIRED)
                .fires("CTIP-PLAN-01.missing")
                .doesNotFire("CTIP-PLAN-01.missing-undetermined")
                .doesNotFire("CTIP-PLAN-01.met")
                .status("CTIP-PLAN-01", Status.NOT_MET);
        Finding finding = assertGap(result, "CTIP-PLAN-01.missing", Severity.BLOCKER, "/compliancePlan");
        assertThat(finding.message()).contains("NOV 2021");
        assertThat(planFindings(result)).as("plan findings").containsExactly(finding);
    }

    @Test
    void marksEveryPlanElementNotMetWhenNoPlanIsSubmitted() {
        ResultAssert result = SubmissionFixture.compliant().remove("/compliancePlan").evaluate()
                .fires("CTIP-PLAN-01.elements-without-plan");
        for (String element : PLAN_ELEMENTS) {
            result.status(element, Status.NOT_MET);
            assertThat(result.item(element).ruleIds()).as(element + " decided by")
                    .containsExactly("CTIP-PLAN-01.elements-without-plan");
        }
        assertThat(result.firedRuleIds()).as("element rules that need a plan")
                .allMatch(id -> !id.startsWith("CTIP-PLAN-") || id.startsWith("CTIP-PLAN-01."));
    }

    @Test
    void judgesEachElementOnItsOwnWhenAPlanWithoutSectionsIsSubmitted() {
        ResultAssert result = planSections(SubmissionFixture.compliant()).evaluate()
                .doesNotFire("CTIP-PLAN-01.missing")
                .doesNotFire("CTIP-PLAN-01.elements-without-plan")
                .fires("CTIP-PLAN-01.met")
                .status("CTIP-PLAN-01", Status.MET)
                .fires("CTIP-PLAN-02.missing")
                .fires("CTIP-PLAN-03.missing")
                .fires("CTIP-PLAN-04.missing")
                .fires("CTIP-PLAN-07.missing")
                .fires("CTIP-PLAN-08.missing")
                .fires("CTIP-PLAN-09.no-request");
        for (String element : PLAN_ELEMENTS) {
            assertThat(result.item(element).ruleIds()).as(element + " decided by")
                    .doesNotContain("CTIP-PLAN-01.elements-without-plan");
        }
    }

    @Test
    void asksForReviewOfAMissingPlanWhenWhetherOneIsRequiredIsUndetermined() {
        ResultAssert result = SubmissionFixture.compliant().remove("/compliancePlan").remove("/award/clause/date")
                .set("/award/portions/0/estimatedValue", 640_000)
                .evaluate()
                .planDecision(PlanDecision.Outcome.UNDETERMINED)
                .fires("CTIP-PLAN-01.missing-undetermined")
                .doesNotFire("CTIP-PLAN-01.missing")
                .fires("CTIP-PLAN-01.elements-without-plan")
                .status("CTIP-PLAN-01", Status.NEEDS_REVIEW);
        Finding finding = result.finding("CTIP-PLAN-01.missing-undetermined");
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.status()).isEqualTo(Status.NEEDS_REVIEW);
        assertThat(Findings.pointers(finding)).containsExactly("/compliancePlan");
        for (String element : PLAN_ELEMENTS) {
            result.status(element, Status.NEEDS_REVIEW);
        }
    }

    @Test
    void judgesASubmittedPlanWhenWhetherOneIsRequiredIsUndetermined() {
        SubmissionFixture.compliant().remove("/award/clause/date").set("/award/portions/0/estimatedValue", 640_000).evaluate()
                .planDecision(PlanDecision.Outcome.UNDETERMINED)
                .doesNotFire("CTIP-PLAN-01.missing-undetermined")
                .doesNotFire("CTIP-PLAN-01.elements-without-plan")
                .fires("CTIP-PLAN-01.met")
                .status("CTIP-PLAN-01", Status.MET)
                .status("CTIP-PLAN-06", Status.MET);
    }

    // --- no plan required ---

    @Test
    void findsNoPlanRequirementApplicableWhenTheCoveredPortionIsBelowTheThreshold() {
        ResultAssert result = SubmissionFixture.compliant().set("/award/portions/0/estimatedValue", 500000).evaluate()
                .planDecision(PlanDecision.Outcome.NOT_REQUIRED)
                .doesNotFire("CTIP-PLAN-01.met");
        for (String requirement : PLAN_REQUIREMENTS) {
            result.status(requirement, Status.NOT_APPLICABLE);
        }
        assertThat(result.firedRuleIds()).noneMatch(id -> id.startsWith("CTIP-PLAN-"));
        assertThat(planFindings(result)).isEmpty();
    }

    @Test
    void doesNotAskForAPlanThatIsNotRequired() {
        ResultAssert result = SubmissionFixture.compliant().set("/award/portions/0/estimatedValue", 500000)
                .remove("/compliancePlan").evaluate()
                .planDecision(PlanDecision.Outcome.NOT_REQUIRED)
                .doesNotFire("CTIP-PLAN-01.missing")
                .doesNotFire("CTIP-PLAN-01.elements-without-plan");
        for (String requirement : PLAN_REQUIREMENTS) {
            result.status(requirement, Status.NOT_APPLICABLE);
        }
        assertThat(planFindings(result)).isEmpty();
    }

    @Test
    void findsNoPlanRequiredWhenTheCoveredPortionEqualsTheThreshold() {
        ResultAssert result = SubmissionFixture.compliant().set("/award/portions/0/estimatedValue", 550000)
                .remove("/compliancePlan").evaluate()
                .planDecision(PlanDecision.Outcome.NOT_REQUIRED)
                .doesNotFire("CTIP-PLAN-01.missing");
        for (String requirement : PLAN_REQUIREMENTS) {
            result.status(requirement, Status.NOT_APPLICABLE);
        }
    }

    @Test
    void requiresThePlanOneCentAboveTheThreshold() {
        SubmissionFixture.compliant().set("/award/portions/0/estimatedValue", new BigDecimal("550000.01"))
                .remove("/compliancePlan").evaluate()
                .planDecision(PlanDecision.Outcome.REQUIRED)
                .fires("CTIP-PLAN-01.missing")
                .status("CTIP-PLAN-01", Status.NOT_MET)
                .status("CTIP-PLAN-06", Status.NOT_MET);
    }

    // --- scope-not-stated ---

    @Test
    void flagsAPlanWithoutAScopeStatement() {
        ResultAssert result = SubmissionFixture.compliant().set("/compliancePlan/coveredPortions", List.of()).evaluate()
                .fires("CTIP-PLAN-01.scope-not-stated")
                .doesNotFire("CTIP-PLAN-01.portion-not-covered")
                .doesNotFire("CTIP-PLAN-01.met")
                .status("CTIP-PLAN-01", Status.MET_WITH_ADVICE);
        // Good practice only: (h)(1) does not ask the plan for a scope statement.
        assertGap(result, "CTIP-PLAN-01.scope-not-stated", Severity.INFO, "/compliancePlan/coveredPortions");
    }

    @Test
    void flagsAPlanThatLeavesCoveredPortionsOut() {
        SubmissionFixture.compliant().remove("/compliancePlan/coveredPortions").evaluate()
                .fires("CTIP-PLAN-01.scope-not-stated")
                .status("CTIP-PLAN-01", Status.MET_WITH_ADVICE);
    }

    @Test
    void doesNotCallAScopeThatNamesTheWrongPortionMissing() {
        ResultAssert result = SubmissionFixture.compliant().set("/compliancePlan/coveredPortions", List.of("us-engineering"))
                .evaluate()
                .doesNotFire("CTIP-PLAN-01.scope-not-stated")
                .fires("CTIP-PLAN-01.portion-not-covered")
                .status("CTIP-PLAN-01", Status.NOT_MET);
        assertGap(result, "CTIP-PLAN-01.portion-not-covered", Severity.MAJOR, "/compliancePlan/coveredPortions",
                "/award/portions/0");
    }

    // --- portion-not-covered ---

    @Test
    void flagsAnOutsideUsPortionTheScopeLeavesOut() {
        ResultAssert result = SubmissionFixture.compliant().set("/award/portions/1/outsideUnitedStates", true).evaluate()
                .fires("CTIP-PLAN-01.portion-not-covered")
                .doesNotFire("CTIP-PLAN-01.met")
                .status("CTIP-PLAN-01", Status.NOT_MET);
        Finding finding = assertGap(result, "CTIP-PLAN-01.portion-not-covered", Severity.MAJOR,
                "/compliancePlan/coveredPortions", "/award/portions/1");
        assertThat(finding.message()).contains("us-engineering");
    }

    @Test
    void acceptsAScopeThatListsEveryOutsideUsPortion() {
        SubmissionFixture.compliant().set("/award/portions/1/outsideUnitedStates", true)
                .set("/compliancePlan/coveredPortions", List.of("design-build-services", "us-engineering")).evaluate()
                .doesNotFire("CTIP-PLAN-01.portion-not-covered")
                .fires("CTIP-PLAN-01.met")
                .status("CTIP-PLAN-01", Status.MET);
    }

    @Test
    void doesNotRequireTheScopeToCoverCotsSuppliesAcquiredOutsideTheUs() {
        SubmissionFixture.compliant().copyInto("/award/portions", "/award/portions/0")
                .set("/award/portions/2/id", "cots-generators").set("/award/portions/2/kind", "SUPPLIES")
                .set("/award/portions/2/cots", true).evaluate()
                .doesNotFire("CTIP-PLAN-01.portion-not-covered")
                .fires("CTIP-PLAN-01.met")
                .status("CTIP-PLAN-01", Status.MET);
    }

    @Test
    void flagsNonCotsSuppliesAcquiredOutsideTheUsThatTheScopeLeavesOut() {
        ResultAssert result = SubmissionFixture.compliant().copyInto("/award/portions", "/award/portions/0")
                .set("/award/portions/2/id", "local-aggregate").set("/award/portions/2/kind", "SUPPLIES")
                .set("/award/portions/2/cots", false).evaluate()
                .fires("CTIP-PLAN-01.portion-not-covered")
                .status("CTIP-PLAN-01", Status.NOT_MET);
        assertGap(result, "CTIP-PLAN-01.portion-not-covered", Severity.MAJOR, "/compliancePlan/coveredPortions",
                "/award/portions/2");
    }

    @Test
    void flagsOutsideUsServicesMarkedCotsThatTheScopeLeavesOut() {
        SubmissionFixture.compliant().copyInto("/award/portions", "/award/portions/0")
                .set("/award/portions/2/id", "cots-labelled-services").set("/award/portions/2/cots", true).evaluate()
                .fires("CTIP-PLAN-01.portion-not-covered")
                .status("CTIP-PLAN-01", Status.NOT_MET);
    }

    // --- effective-after-performance-start ---

    @Test
    void acceptsAPlanEffectiveOnTheDayPerformanceStarts() {
        SubmissionFixture.compliant().set("/compliancePlan/effectiveDate", "2023-08-01").evaluate()
                .doesNotFire("CTIP-PLAN-01.effective-after-performance-start")
                .fires("CTIP-PLAN-01.met")
                .status("CTIP-PLAN-01", Status.MET);
    }

    @Test
    void flagsAPlanEffectiveTheDayAfterPerformanceStarts() {
        ResultAssert result = SubmissionFixture.compliant().set("/compliancePlan/effectiveDate", "2023-08-02").evaluate()
                .fires("CTIP-PLAN-01.effective-after-performance-start")
                .doesNotFire("CTIP-PLAN-01.met")
                .status("CTIP-PLAN-01", Status.NOT_MET);
        assertGap(result, "CTIP-PLAN-01.effective-after-performance-start", Severity.MAJOR,
                "/compliancePlan/effectiveDate", "/award/periodOfPerformance/start");
    }

    // --- effective-date-missing ---

    @Test
    void asksForReviewWhenThePlanHasNoEffectiveDate() {
        ResultAssert result = SubmissionFixture.compliant().remove("/compliancePlan/effectiveDate").evaluate()
                .fires("CTIP-PLAN-01.effective-date-missing")
                .doesNotFire("CTIP-PLAN-01.effective-after-performance-start")
                .doesNotFire("CTIP-PLAN-01.met")
                .status("CTIP-PLAN-01", Status.NEEDS_REVIEW);
        Finding finding = result.finding("CTIP-PLAN-01.effective-date-missing");
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.status()).isEqualTo(Status.NEEDS_REVIEW);
        assertThat(Findings.pointers(finding)).containsExactly("/compliancePlan/effectiveDate");
    }

    @Test
    void doesNotAskForTheEffectiveDateWhenItIsGiven() {
        ResultAssert result = SubmissionFixture.compliant().remove("/compliancePlan/version").evaluate()
                .doesNotFire("CTIP-PLAN-01.effective-date-missing")
                .fires("CTIP-PLAN-01.met")
                .status("CTIP-PLAN-01", Status.MET);
        assertThat(result.item("CTIP-PLAN-01").reason())
                .isEqualTo("The plan (effective 2023-05-20) covers [design-build-services].");
    }

    @Test
    void aScopeGapIsAdviceThatDoesNotHideAMissingEffectiveDate() {
        SubmissionFixture.compliant().remove("/compliancePlan/effectiveDate")
                .set("/compliancePlan/coveredPortions", List.of()).evaluate()
                .fires("CTIP-PLAN-01.effective-date-missing")
                .fires("CTIP-PLAN-01.scope-not-stated")
                .status("CTIP-PLAN-01", Status.NEEDS_REVIEW);
    }

    // --- expired ---

    @Test
    void flagsAPlanThatExpiredTheDayBeforeTheEvaluationDate() {
        ResultAssert result = SubmissionFixture.compliant().set("/compliancePlan/expiresOn", "2026-02-28")
                .asOf("2026-03-01").evaluate()
                .fires("CTIP-PLAN-01.expired")
                .doesNotFire("CTIP-PLAN-01.met")
                .status("CTIP-PLAN-01", Status.NOT_MET);
        assertGap(result, "CTIP-PLAN-01.expired", Severity.BLOCKER, "/compliancePlan/expiresOn");
    }

    @Test
    void acceptsAPlanThatExpiresOnTheEvaluationDate() {
        SubmissionFixture.compliant().set("/compliancePlan/expiresOn", "2026-03-01").asOf("2026-03-01").evaluate()
                .doesNotFire("CTIP-PLAN-01.expired")
                .fires("CTIP-PLAN-01.met")
                .status("CTIP-PLAN-01", Status.MET);
    }

    @Test
    void acceptsAPlanThatExpiresOnTheLastDayOfPerformanceWhenEvaluatedAfterPerformanceEnded() {
        SubmissionFixture.compliant().set("/compliancePlan/expiresOn", "2027-07-31").asOf("2028-01-01").evaluate()
                .doesNotFire("CTIP-PLAN-01.expired")
                .fires("CTIP-PLAN-01.met")
                .status("CTIP-PLAN-01", Status.MET);
    }

    @Test
    void flagsAPlanThatExpiredTheDayBeforePerformanceEndedWhenEvaluatedAfterwards() {
        ResultAssert result = SubmissionFixture.compliant().set("/compliancePlan/expiresOn", "2027-07-30")
                .asOf("2028-01-01").evaluate()
                .fires("CTIP-PLAN-01.expired")
                .doesNotFire("CTIP-PLAN-01.met")
                .status("CTIP-PLAN-01", Status.NOT_MET);
        assertGap(result, "CTIP-PLAN-01.expired", Severity.BLOCKER, "/compliancePlan/expiresOn");
    }

    @Test
    void flagsAnExpiredPlanWhenTheEndOfPerformanceIsNotGiven() {
        SubmissionFixture.compliant().remove("/award/periodOfPerformance/end").set("/compliancePlan/expiresOn", "2027-07-31")
                .asOf("2028-01-01").evaluate()
                .fires("CTIP-PLAN-01.expired")
                .status("CTIP-PLAN-01", Status.NOT_MET);
    }

    // --- met ---

    @Test
    void meetsTheRequirementWithACurrentPlanCoveringEveryCoveredPortion() {
        ResultAssert result = SubmissionFixture.compliant().evaluate()
                .fires("CTIP-PLAN-01.met")
                .doesNotFire("CTIP-PLAN-01.missing")
                .doesNotFire("CTIP-PLAN-01.scope-not-stated")
                .doesNotFire("CTIP-PLAN-01.portion-not-covered")
                .doesNotFire("CTIP-PLAN-01.effective-after-performance-start")
                .doesNotFire("CTIP-PLAN-01.expired")
                .status("CTIP-PLAN-01", Status.MET);
        assertThat(result.item("CTIP-PLAN-01").ruleIds()).containsExactly("CTIP-PLAN-01.met");
    }
}
