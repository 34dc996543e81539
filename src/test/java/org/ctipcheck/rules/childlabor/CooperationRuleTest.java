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

    /** FAR 52.222-19(b): the duty hangs on the solicitation's provisions; a contract with the clause and no solicitation facts is for review. */
    @Test
    void asksWhenTheContractHas52_222_19ButNoChildLaborSection() {
        ResultAssert result = SubmissionFixture.compliant().set("/award/otherClauses", List.of("52.222-19")).evaluate()
                .fires("CTIP-CL-04.solicitation-provisions-unknown")
                .doesNotFire("CTIP-CL-04.cooperation-unknown")
                .doesNotFire("CTIP-CL-04.not-applicable")
                .status("CTIP-CL-04", Status.NEEDS_REVIEW);
        assertThat(result.finding("CTIP-CL-04.solicitation-provisions-unknown").severity()).isEqualTo(Severity.INFO);
    }

    /**
     * FAR 52.222-19(b) "If the solicitation includes the provision 52.222-18 ... or the equivalent at 52.212-3(i)": the
     * clause in the contract (FAR 22.1505(b) puts it in every supply contract above the micro-purchase threshold) does
     * not by itself bring the duty. With neither provision in the solicitation, a refusal to cooperate is no gap.
     */
    @Test
    void theClauseAloneDoesNotBringTheCooperationDuty() {
        garments().set("/childLabor/solicitationIncludes52_222_18", false).set("/childLabor/solicitationIncludes52_212_3i", false)
                .set("/childLabor/cooperationCommitted", false).set("/award/otherClauses", List.of("52.222-19")).evaluate()
                .fires("CTIP-CL-04.not-applicable")
                .doesNotFire("CTIP-CL-04.solicitation-provisions-unknown")
                .doesNotFire("CTIP-CL-04.cooperation-not-committed")
                .doesNotFire("CTIP-CL-04.met")
                .status("CTIP-CL-04", Status.NOT_APPLICABLE);
    }

    /** 52.222-18 stated absent but 52.212-3(i) not stated: the commercial equivalent may have been there. */
    @Test
    void asksAbout52_212_3iWhen52_222_18WasAbsent() {
        garments().set("/childLabor/solicitationIncludes52_222_18", false).set("/award/otherClauses", List.of("52.222-19")).evaluate()
                .fires("CTIP-CL-04.solicitation-provisions-unknown")
                .doesNotFire("CTIP-CL-04.met")
                .doesNotFire("CTIP-CL-04.not-applicable")
                .status("CTIP-CL-04", Status.NEEDS_REVIEW);
    }

    /** The equivalent at 52.212-3(i) (commercial solicitations) brings the duty like 52.222-18. */
    @Test
    void theCommercialEquivalentBringsTheDuty() {
        garments().set("/childLabor/solicitationIncludes52_222_18", false).set("/childLabor/solicitationIncludes52_212_3i", true)
                .set("/childLabor/cooperationCommitted", false).evaluate()
                .fires("CTIP-CL-04.cooperation-not-committed")
                .doesNotFire("CTIP-CL-04.not-applicable")
                .status("CTIP-CL-04", Status.NOT_MET);
        garments().set("/childLabor/solicitationIncludes52_222_18", false).set("/childLabor/solicitationIncludes52_212_3i", true).evaluate()
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
