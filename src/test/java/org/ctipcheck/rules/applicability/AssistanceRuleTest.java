package org.ctipcheck.rules.applicability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipcheck.rules.PlanDecisions.decidedOnceBy;

import java.util.List;
import java.util.Set;
import org.ctipcheck.findings.Determination;
import org.ctipcheck.findings.Finding;
import org.ctipcheck.findings.PlanDecision;
import org.ctipcheck.findings.PlanDecision.Outcome;
import org.ctipcheck.findings.Requirement;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.ctipcheck.fixtures.TestRules;
import org.ctipcheck.submission.Evidence;
import org.ctipcheck.submission.Instrument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * rules/applicability/ctip-appl-06-assistance.drl and -scope.drl: grants and cooperative agreements are routed out of the
 * FAR rules; whether they need a plan is decided by 22 U.S.C. 7104a(a) (services abroad above $500,000).
 */
class AssistanceRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"GRANT", "COOPERATIVE_AGREEMENT"})
    void aGrantWithMoreThan500000OfServicesAbroadRequiresAPlanUnderTheStatuteNotTheFar(String instrument) {
        // 22 U.S.C. 7104a(a): services outside the United States above $500,000 ($18.4M here) need a plan and
        // certifications; the FAR plan-element and certification rules still do not run for a grant.
        ResultAssert result = SubmissionFixture.compliant().set("/award/instrument", instrument).evaluate()
                .fires("CTIP-APPL-06.assistance-plan-required")
                .fires("CTIP-APPL-06.far-plan-rules-not-applicable")
                .doesNotFire("CTIP-APPL-06.assistance-plan-not-required")
                .doesNotFire("CTIP-APPL-04.plan-required")
                .doesNotFire("CTIP-CERT-01.met")
                .doesNotFire("CTIP-CERT-02.met")
                .doesNotFire("CTIP-CERT-03.met");
        decidedOnceBy(result, "CTIP-APPL-06.assistance-plan-required", Outcome.REQUIRED);
        PlanDecision decision = result.result().planDecision();
        assertThat(decision.required()).isTrue();
        assertThat(decision.threshold()).isEqualByComparingTo("500000");
        assertThat(decision.clauseEdition()).isEqualTo("22 U.S.C. 7104a(a)");
        assertThat(decision.reason()).contains("22 U.S.C. 7104a(a)").contains("2 CFR 175").contains("CTIP-GRANT-04")
                .contains(instrument.toLowerCase().replace('_', ' '));

        List<String> planAndCertifications = TestRules.ruleset().requirements().stream()
                .filter(requirement -> Set.of("plan", "plan-element", "certification").contains(requirement.scope()))
                .map(Requirement::id).toList();
        assertThat(planAndCertifications).hasSize(14);
        for (String id : planAndCertifications) {
            result.status(id, Status.NOT_APPLICABLE);
        }
        result.status("CTIP-APPL-01", Status.NOT_APPLICABLE).status("CTIP-APPL-03", Status.NOT_APPLICABLE);
        java.util.Set<String> assistanceRequirements = org.ctipcheck.fixtures.TestRules.ruleset().requirements().stream()
                .filter(requirement -> requirement.scope().equals("assistance"))
                .map(org.ctipcheck.findings.Requirement::id).collect(java.util.stream.Collectors.toSet());
        assertThat(result.result().checklist()).filteredOn(item -> !assistanceRequirements.contains(item.requirementId()))
                .as("every FAR requirement").allSatisfy(item -> assertThat(item.status()).isEqualTo(Status.NOT_APPLICABLE));

        // The routing itself is no finding: the 2 CFR 175 rules decide the grant.
        assertThat(result.result().findings()).filteredOn(f -> !assistanceRequirements.contains(f.requirementId()))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GRANT", "COOPERATIVE_AGREEMENT"})
    void aGrantWith500000OfServicesAbroadOrLessNeedsNoPlanAndOneDollarMoreDoes(String instrument) {
        // 22 U.S.C. 7104a(a) "exceeds $500,000": $500,000 does not, $500,001 does.
        ResultAssert atThreshold = SubmissionFixture.compliant().set("/award/instrument", instrument)
                .set("/award/portions/0/estimatedValue", 500_000).evaluate()
                .fires("CTIP-APPL-06.assistance-plan-not-required")
                .doesNotFire("CTIP-APPL-06.assistance-services-value-unknown")
                .doesNotFire("CTIP-APPL-06.assistance-plan-required");
        decidedOnceBy(atThreshold, "CTIP-APPL-06.assistance-plan-not-required", Outcome.NOT_REQUIRED);
        atThreshold.status("CTIP-CERT-02", Status.NOT_APPLICABLE);

        ResultAssert oneDollarOver = SubmissionFixture.compliant().set("/award/instrument", instrument)
                .set("/award/portions/0/estimatedValue", 500_001).evaluate()
                .fires("CTIP-APPL-06.assistance-plan-required")
                .doesNotFire("CTIP-APPL-06.assistance-plan-not-required");
        decidedOnceBy(oneDollarOver, "CTIP-APPL-06.assistance-plan-required", Outcome.REQUIRED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GRANT", "COOPERATIVE_AGREEMENT"})
    void outsideUsSuppliesDoNotCountForAGrant(String instrument) {
        ResultAssert result = SubmissionFixture.compliant().set("/award/instrument", instrument)
                .set("/award/portions/0/kind", "SUPPLIES").set("/award/portions/0/cots", false).evaluate()
                .fires("CTIP-APPL-06.assistance-plan-not-required");
        decidedOnceBy(result, "CTIP-APPL-06.assistance-plan-not-required", Outcome.NOT_REQUIRED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GRANT", "COOPERATIVE_AGREEMENT"})
    void aGrantWithAnUnvaluedServicesPortionAbroadIsUndeterminedAndIncomplete(String instrument) {
        ResultAssert incomplete = SubmissionFixture.compliant().set("/award/instrument", instrument)
                .remove("/award/clause").remove("/award/portions/0/estimatedValue").remove("/award/awardDate").evaluate()
                .fires("CTIP-APPL-06.assistance-services-value-unknown")
                .doesNotFire("CTIP-APPL-06.assistance-plan-required")
                .doesNotFire("CTIP-APPL-06.assistance-plan-not-required");
        decidedOnceBy(incomplete, "CTIP-APPL-06.assistance-services-value-unknown", Outcome.UNDETERMINED);
        incomplete.status("CTIP-CERT-02", Status.NOT_APPLICABLE);
        assertThat(incomplete.result().determination()).isNotIn(Determination.COMPLIANT, Determination.COMPLIANT_WITH_OBSERVATIONS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CONTRACT", "SUBCONTRACT", "TASK_ORDER", "DELIVERY_ORDER"})
    void contractsSubcontractsAndOrdersStayUnderTheFar(String instrument) {
        ResultAssert result = SubmissionFixture.compliant().set("/award/instrument", instrument).evaluate()
                .doesNotFire("CTIP-APPL-06.assistance-plan-required")
                .doesNotFire("CTIP-APPL-06.far-plan-rules-not-applicable")
                .status("CTIP-CERT-01", Status.MET);
        decidedOnceBy(result, "CTIP-APPL-04.plan-required", Outcome.REQUIRED);
    }
}
