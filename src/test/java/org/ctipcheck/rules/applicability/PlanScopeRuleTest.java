package org.ctipcheck.rules.applicability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipcheck.rules.PlanDecisions.decidedOnceBy;

import java.util.List;
import java.util.Set;
import org.ctipcheck.findings.ChecklistItem;
import org.ctipcheck.findings.Determination;
import org.ctipcheck.findings.PlanDecision.Outcome;
import org.ctipcheck.findings.Requirement;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.ctipcheck.fixtures.TestRules;
import org.junit.jupiter.api.Test;

/** rules/applicability/ctip-appl-04-scope.drl: plan and certification requirements follow the plan decision. */
class PlanScopeRuleTest {
    private static final List<String> CERTIFICATIONS = List.of("CTIP-CERT-01", "CTIP-CERT-02", "CTIP-CERT-03");

    private static List<String> requirementsInScope(Set<String> scopes) {
        return TestRules.ruleset().requirements().stream()
                .filter(requirement -> scopes.contains(requirement.scope()))
                .map(Requirement::id)
                .toList();
    }

    private static void everyPlanAndCertificationRequirementIsNotApplicable(ResultAssert result) {
        everyPlanAndCertificationRequirementIsNotApplicable(result, "CTIP-APPL-04.plan-rules-not-applicable",
                "No compliance plan is required: ");
    }

    private static void everyPlanAndCertificationRequirementIsNotApplicable(ResultAssert result, String rule, String reason) {
        List<String> ids = requirementsInScope(Set.of("plan", "plan-element", "certification"));
        assertThat(ids).contains("CTIP-PLAN-01", "CTIP-PLAN-09", "CTIP-CERT-01", "CTIP-CERT-03");
        for (String id : ids) {
            result.status(id, Status.NOT_APPLICABLE);
            ChecklistItem item = result.item(id);
            // FAR 22.1703(c)(2): whether annual certifications apply also asks whether a plan was required at award
            String decidedBy = id.equals("CTIP-CERT-02") && rule.equals("CTIP-APPL-04.plan-rules-not-applicable")
                    ? "CTIP-CERT-02.no-plan-required-at-award" : rule;
            assertThat(item.ruleIds()).as(id + " decided by").containsExactly(decidedBy);
            assertThat(item.reason()).startsWith(reason);
        }
    }

    @Test
    void noPlanRequiredMakesEveryPlanAndCertificationRequirementNotApplicable() {
        ResultAssert result = SubmissionFixture.compliant().set("/award/portions/0/estimatedValue", 550_000).evaluate()
                .fires("CTIP-APPL-04.plan-rules-not-applicable")
                .doesNotFire("CTIP-APPL-04.certifications-undetermined");
        everyPlanAndCertificationRequirementIsNotApplicable(result);
        assertThat(result.item("CTIP-CERT-01").reason()).contains("$550,000");
        decidedOnceBy(result, "CTIP-APPL-04.plan-not-required", Outcome.NOT_REQUIRED);
    }

    @Test
    void noPlanRequiredOverridesMissingPlanAndCertificationsWithoutContradiction() {
        ResultAssert result = SubmissionFixture.compliant().set("/award/portions/0/estimatedValue", 550_000)
                .remove("/compliancePlan").set("/certifications", List.of()).evaluate()
                .fires("CTIP-APPL-04.plan-rules-not-applicable")
                .doesNotFire("CTIP-CERT-01.missing")
                .doesNotFire("CTIP-CERT-02.missing")
                .determination(Determination.COMPLIANT);
        everyPlanAndCertificationRequirementIsNotApplicable(result);
        decidedOnceBy(result, "CTIP-APPL-04.plan-not-required", Outcome.NOT_REQUIRED);
    }

    @Test
    void anEditionWithoutParagraphHMakesEveryPlanAndCertificationRequirementNotApplicable() {
        ResultAssert result = SubmissionFixture.compliant().set("/award/clause/date", "FEB 2009").evaluate()
                .fires("CTIP-APPL-04.plan-rules-not-applicable");
        everyPlanAndCertificationRequirementIsNotApplicable(result);
        decidedOnceBy(result, "CTIP-APPL-04.clause-without-plan-paragraph", Outcome.NOT_REQUIRED);
    }

    @Test
    void aGrantMakesEveryPlanAndCertificationRequirementNotApplicable() {
        ResultAssert result = SubmissionFixture.compliant().set("/award/instrument", "COOPERATIVE_AGREEMENT").evaluate()
                .fires("CTIP-APPL-06.far-plan-rules-not-applicable")
                .doesNotFire("CTIP-APPL-04.plan-rules-not-applicable");
        everyPlanAndCertificationRequirementIsNotApplicable(result, "CTIP-APPL-06.far-plan-rules-not-applicable",
                "A cooperative agreement is not bound by FAR 52.222-50(h) or 52.222-56");
        decidedOnceBy(result, "CTIP-APPL-06.assistance-plan-required", Outcome.REQUIRED);
    }

    @Test
    void aRequiredPlanLeavesPlanAndCertificationRequirementsToTheirOwnRules() {
        ResultAssert result = SubmissionFixture.compliant().set("/award/portions/0/estimatedValue", 550_001).evaluate()
                .doesNotFire("CTIP-APPL-04.plan-rules-not-applicable")
                .doesNotFire("CTIP-APPL-04.certifications-undetermined")
                .status("CTIP-PLAN-01", Status.MET)
                .status("CTIP-CERT-01", Status.MET);
        decidedOnceBy(result, "CTIP-APPL-04.plan-required", Outcome.REQUIRED);
    }

    @Test
    void anUndeterminedPlanRequirementLeavesEveryCertificationForReview() {
        ResultAssert result = SubmissionFixture.compliant().remove("/award/clause/date").set("/award/portions/0/estimatedValue", 640_000).evaluate()
                .fires("CTIP-APPL-04.certifications-undetermined")
                .fires("CTIP-CERT-02.undetermined")
                .doesNotFire("CTIP-APPL-04.plan-rules-not-applicable")
                .doesNotFire("CTIP-CERT-01.met")
                .doesNotFire("CTIP-CERT-02.met");
        assertThat(requirementsInScope(Set.of("certification"))).containsExactlyElementsOf(CERTIFICATIONS);
        for (String id : CERTIFICATIONS) {
            result.status(id, Status.NEEDS_REVIEW);
            assertThat(result.item(id).ruleIds()).containsExactly(
                    id.equals("CTIP-CERT-02") ? "CTIP-CERT-02.undetermined" : "CTIP-APPL-04.certifications-undetermined");
            assertThat(result.item(id).reason()).startsWith("Undetermined: the date of the 52.222-50 clause");
        }
        decidedOnceBy(result, "CTIP-APPL-04.clause-date-missing", Outcome.UNDETERMINED);
    }

    @Test
    void aCoveredPortionWithoutValueLeavesEveryCertificationForReview() {
        ResultAssert result = SubmissionFixture.compliant().remove("/award/portions/0/estimatedValue").evaluate()
                .fires("CTIP-APPL-04.certifications-undetermined");
        for (String id : CERTIFICATIONS) {
            result.status(id, Status.NEEDS_REVIEW);
        }
        assertThat(result.item("CTIP-CERT-02").reason()).contains("'design-build-services'");
        decidedOnceBy(result, "CTIP-APPL-04.portion-value-missing", Outcome.UNDETERMINED);
    }

    @Test
    void aDecidedPlanRequirementDoesNotLeaveCertificationsForReview() {
        SubmissionFixture.compliant().set("/award/portions/0/estimatedValue", 550_000).evaluate()
                .doesNotFire("CTIP-APPL-04.certifications-undetermined");
        SubmissionFixture.compliant().set("/award/instrument", "GRANT").evaluate()
                .doesNotFire("CTIP-APPL-04.certifications-undetermined");
    }
}
