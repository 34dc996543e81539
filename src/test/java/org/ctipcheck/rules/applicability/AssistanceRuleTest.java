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

/** rules/applicability/ctip-appl-06-assistance.drl: grants and cooperative agreements are routed out of the FAR rules. */
class AssistanceRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"GRANT", "COOPERATIVE_AGREEMENT"})
    void aGrantOrCooperativeAgreementIsOutOfScopeWithEveryPlanAndCertificationRequirementNotApplicable(String instrument) {
        ResultAssert result = SubmissionFixture.compliant().set("/award/instrument", instrument).evaluate()
                .fires("CTIP-APPL-06.assistance-award")
                .doesNotFire("CTIP-APPL-04.plan-required")
                .doesNotFire("CTIP-CERT-01.met")
                .doesNotFire("CTIP-CERT-02.met")
                .doesNotFire("CTIP-CERT-03.met");
        decidedOnceBy(result, "CTIP-APPL-06.assistance-award", Outcome.OUT_OF_SCOPE);
        PlanDecision decision = result.result().planDecision();
        assertThat(decision.required()).isNull();
        assertThat(decision.threshold()).isNull();
        assertThat(decision.clauseEdition()).isNull();
        assertThat(decision.reason()).contains("2 CFR 175").contains(instrument.toLowerCase().replace('_', ' '));

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
    void aGrantIsOutOfScopeWhateverItsValueOrClauseData(String instrument) {
        ResultAssert belowThreshold = SubmissionFixture.compliant().set("/award/instrument", instrument)
                .set("/award/portions/0/estimatedValue", 1).evaluate()
                .fires("CTIP-APPL-06.assistance-award");
        decidedOnceBy(belowThreshold, "CTIP-APPL-06.assistance-award", Outcome.OUT_OF_SCOPE);

        ResultAssert incomplete = SubmissionFixture.compliant().set("/award/instrument", instrument)
                .remove("/award/clause").remove("/award/portions/0/estimatedValue").remove("/award/awardDate").evaluate()
                .fires("CTIP-APPL-06.assistance-award");
        decidedOnceBy(incomplete, "CTIP-APPL-06.assistance-award", Outcome.OUT_OF_SCOPE);
        incomplete.status("CTIP-CERT-02", Status.NOT_APPLICABLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CONTRACT", "SUBCONTRACT", "TASK_ORDER", "DELIVERY_ORDER"})
    void contractsSubcontractsAndOrdersStayUnderTheFar(String instrument) {
        ResultAssert result = SubmissionFixture.compliant().set("/award/instrument", instrument).evaluate()
                .doesNotFire("CTIP-APPL-06.assistance-award")
                .status("CTIP-CERT-01", Status.MET);
        decidedOnceBy(result, "CTIP-APPL-04.plan-required", Outcome.REQUIRED);
    }
}
