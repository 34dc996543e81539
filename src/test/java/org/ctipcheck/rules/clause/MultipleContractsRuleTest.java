package org.ctipcheck.rules.clause;

import static org.assertj.core.api.Assertions.assertThat;

import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;

class MultipleContractsRuleTest {
    private static final String MULTIPLE = "/incidents/0/relatesToMultipleContracts";
    private static final String TOLD = "/incidents/0/highestValueContractOfficerNotified";

    @Test
    void doesNotApplyWhenNoAllegationSpansContracts() {
        SubmissionFixture.compliant().evaluate()
                .fires("CTIP-NOTIF-03.single-contract")
                .doesNotFire("CTIP-NOTIF-03.met")
                .doesNotFire("CTIP-NOTIF-03.unknown")
                .status("CTIP-NOTIF-03", Status.NOT_APPLICABLE);
    }

    @Test
    void meetsTheRequirementWhenTheHighestValueContractsOfficerWasTold() {
        SubmissionFixture.compliant().set(MULTIPLE, true).set(TOLD, true).evaluate()
                .fires("CTIP-NOTIF-03.met")
                .doesNotFire("CTIP-NOTIF-03.single-contract")
                .doesNotFire("CTIP-NOTIF-03.highest-value-officer-not-told")
                .status("CTIP-NOTIF-03", Status.MET);
    }

    @Test
    void flagsAnAllegationSpanningContractsNotReportedToTheHighestValueContractsOfficer() {
        ResultAssert result = SubmissionFixture.compliant().set(MULTIPLE, true).set(TOLD, false).evaluate()
                .fires("CTIP-NOTIF-03.highest-value-officer-not-told")
                .doesNotFire("CTIP-NOTIF-03.met")
                .status("CTIP-NOTIF-03", Status.NOT_MET);
        assertThat(result.finding("CTIP-NOTIF-03.highest-value-officer-not-told").severity()).isEqualTo(Severity.MINOR);
    }

    @Test
    void asksWhenItIsNotStatedWhetherTheAllegationSpansContracts() {
        SubmissionFixture.compliant().set(MULTIPLE, null).evaluate()
                .fires("CTIP-NOTIF-03.unknown")
                .doesNotFire("CTIP-NOTIF-03.single-contract")
                .status("CTIP-NOTIF-03", Status.NEEDS_REVIEW);
    }

    @Test
    void asksWhenTheHighestValueNoticeIsNotStated() {
        SubmissionFixture.compliant().set(MULTIPLE, true).evaluate()
                .fires("CTIP-NOTIF-03.unknown")
                .doesNotFire("CTIP-NOTIF-03.met")
                .status("CTIP-NOTIF-03", Status.NEEDS_REVIEW);
    }
}
