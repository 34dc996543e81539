package org.ctipcheck.rules.clause;

import static org.assertj.core.api.Assertions.assertThat;

import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.ctipcheck.submission.Evidence;
import org.junit.jupiter.api.Test;

class ClauseFlowedDownRuleTest {
    @Test
    void meetsTheRequirementWhenEverySubcontractAndAgentAgreementCarriesTheClause() {
        SubmissionFixture.compliant().evaluate()
                .fires("CTIP-FLOW-01.met")
                .doesNotFire("CTIP-FLOW-01.clause-missing")
                .doesNotFire("CTIP-FLOW-01.unknown")
                .doesNotFire("CTIP-FLOW-01.no-subcontracts")
                .status("CTIP-FLOW-01", Status.MET);
    }

    @Test
    void flagsARecruiterAgreementWithoutTheClause() {
        ResultAssert result = SubmissionFixture.compliant().set("/subcontracts/1/clauseFlowedDown", false).evaluate()
                .fires("CTIP-FLOW-01.clause-missing")
                .doesNotFire("CTIP-FLOW-01.met")
                .status("CTIP-FLOW-01", Status.NOT_MET);
        assertThat(result.finding("CTIP-FLOW-01.clause-missing").severity()).isEqualTo(Severity.MAJOR);
        assertThat(result.finding("CTIP-FLOW-01.clause-missing").message())
                .contains("agent agreement MGB-RA-002 (Himalayan Manpower Services Pvt. Ltd.)").contains("recruiters");
        assertThat(result.finding("CTIP-FLOW-01.clause-missing").evidence())
                .containsExactly(Evidence.at("/subcontracts/1/clauseFlowedDown", false));
    }

    @Test
    void flagsASubcontractOfAnyValueWithoutTheClause() {
        SubmissionFixture.compliant().set("/subcontracts/0/clauseFlowedDown", false).set("/subcontracts/0/value", 1)
                .set("/subcontracts/0/coveredValue", 0).evaluate()
                .fires("CTIP-FLOW-01.clause-missing")
                .status("CTIP-FLOW-01", Status.NOT_MET);
    }

    @Test
    void asksWhenItIsNotStatedWhetherTheClauseFlowedDown() {
        SubmissionFixture.compliant().set("/subcontracts/1/clauseFlowedDown", null).evaluate()
                .fires("CTIP-FLOW-01.unknown")
                .doesNotFire("CTIP-FLOW-01.met")
                .status("CTIP-FLOW-01", Status.NEEDS_REVIEW);
    }

    @Test
    void doesNotApplyWithoutSubcontracts() {
        SubmissionFixture.compliant().remove("/subcontracts").evaluate()
                .fires("CTIP-FLOW-01.no-subcontracts")
                .doesNotFire("CTIP-FLOW-01.met")
                .status("CTIP-FLOW-01", Status.NOT_APPLICABLE);
    }
}
