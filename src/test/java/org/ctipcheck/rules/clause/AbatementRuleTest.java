package org.ctipcheck.rules.clause;

import static org.assertj.core.api.Assertions.assertThat;

import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;

class AbatementRuleTest {
    private static final String DIRECTED = "/incidents/0/contractingOfficerDirectedAbatement";
    private static final String ABATED = "/incidents/0/abatedAsDirected";

    @Test
    void doesNotApplyWithoutADirectionFromTheContractingOfficer() {
        SubmissionFixture.compliant().evaluate()
                .fires("CTIP-AGGRAV-01.no-direction")
                .doesNotFire("CTIP-AGGRAV-01.met")
                .status("CTIP-AGGRAV-01", Status.NOT_APPLICABLE);
    }

    @Test
    void meetsTheRequirementWhenTheDirectedAbatementWasDone() {
        SubmissionFixture.compliant().set(DIRECTED, true).set(ABATED, true).evaluate()
                .fires("CTIP-AGGRAV-01.met")
                .doesNotFire("CTIP-AGGRAV-01.no-direction")
                .doesNotFire("CTIP-AGGRAV-01.not-abated")
                .doesNotFire("CTIP-AGGRAV-01.outcome-unknown")
                .status("CTIP-AGGRAV-01", Status.MET);
    }

    @Test
    void flagsADirectedAbatementThatWasNotDone() {
        ResultAssert result = SubmissionFixture.compliant().set(DIRECTED, true).set(ABATED, false).evaluate()
                .fires("CTIP-AGGRAV-01.not-abated")
                .doesNotFire("CTIP-AGGRAV-01.met")
                .status("CTIP-AGGRAV-01", Status.NOT_MET);
        assertThat(result.finding("CTIP-AGGRAV-01.not-abated").severity()).isEqualTo(Severity.MAJOR);
    }

    @Test
    void asksWhetherADirectedAbatementWasDone() {
        SubmissionFixture.compliant().set(DIRECTED, true).evaluate()
                .fires("CTIP-AGGRAV-01.outcome-unknown")
                .doesNotFire("CTIP-AGGRAV-01.met")
                .status("CTIP-AGGRAV-01", Status.NEEDS_REVIEW);
    }
}
