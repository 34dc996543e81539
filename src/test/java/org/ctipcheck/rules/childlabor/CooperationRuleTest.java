package org.ctipcheck.rules.childlabor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipcheck.rules.childlabor.ChildLaborFixtures.garments;

import java.util.List;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;

/** rules/child-labor/ctip-cl-04-cooperation.drl: cooperation with investigations under 52.222-19(b). */
class CooperationRuleTest {

    @Test
    void meetsTheRequirementWhenCooperationIsCommitted() {
        garments().evaluate()
                .fires("CTIP-CL-04.met")
                .doesNotFire("CTIP-CL-04.not-applicable")
                .doesNotFire("CTIP-CL-04.cooperation-not-committed")
                .doesNotFire("CTIP-CL-04.cooperation-unknown")
                .status("CTIP-CL-04", Status.MET);
    }

    @Test
    void flagsARefusalToCommitToCooperation() {
        ResultAssert result = garments().set("/childLabor/cooperationCommitted", false).evaluate()
                .fires("CTIP-CL-04.cooperation-not-committed")
                .doesNotFire("CTIP-CL-04.met")
                .status("CTIP-CL-04", Status.NOT_MET);
        assertThat(result.finding("CTIP-CL-04.cooperation-not-committed").severity()).isEqualTo(Severity.MAJOR);
    }

    @Test
    void asksWhetherCooperationIsCommitted() {
        garments().set("/childLabor/cooperationCommitted", null).evaluate()
                .fires("CTIP-CL-04.cooperation-unknown")
                .doesNotFire("CTIP-CL-04.met")
                .status("CTIP-CL-04", Status.NEEDS_REVIEW);
    }

    @Test
    void asksWhenTheContractHas52_222_19ButNoChildLaborSection() {
        SubmissionFixture.compliant().set("/award/otherClauses", List.of("52.222-19")).evaluate()
                .fires("CTIP-CL-04.cooperation-unknown")
                .doesNotFire("CTIP-CL-04.not-applicable")
                .status("CTIP-CL-04", Status.NEEDS_REVIEW);
    }

    @Test
    void appliesThroughTheContractClauseWhenTheSolicitationLackedTheProvision() {
        garments().set("/childLabor/solicitationIncludes52_222_18", false).set("/award/otherClauses", List.of("52.222-19")).evaluate()
                .fires("CTIP-CL-04.met")
                .status("CTIP-CL-04", Status.MET);
    }

    @Test
    void doesNotApplyWithoutTheProvisionOrTheClause() {
        garments().set("/childLabor/solicitationIncludes52_222_18", false).evaluate()
                .fires("CTIP-CL-04.not-applicable")
                .doesNotFire("CTIP-CL-04.met")
                .status("CTIP-CL-04", Status.NOT_APPLICABLE);
    }
}
