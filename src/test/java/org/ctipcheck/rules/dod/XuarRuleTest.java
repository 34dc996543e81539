package org.ctipcheck.rules.dod;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;

class XuarRuleTest {
    private static final String XUAR = "/dod/xuar";

    @Test
    void meetsTheRequirementWithADocumentedEffortAndFullFlowDown() {
        SubmissionFixture.compliant().evaluate()
                .fires("CTIP-DOD-02.met")
                .doesNotFire("CTIP-DOD-02.xuar-supply-known")
                .doesNotFire("CTIP-DOD-02.diligence-or-flow-down-missing")
                .doesNotFire("CTIP-DOD-02.not-dod")
                .doesNotFire("CTIP-DOD-02.clause-not-incorporated")
                .doesNotFire("CTIP-DOD-02.incomplete")
                .doesNotFire("CTIP-DOD-02.not-described")
                .status("CTIP-DOD-02", Status.MET);
    }

    @Test
    void doesNotApplyToACivilianContract() {
        SubmissionFixture.compliant().set("/award/department", "OTHER").set(XUAR + "/xuarLinkedSupplyKnown", true).evaluate()
                .fires("CTIP-DOD-02.not-dod")
                .doesNotFire("CTIP-DOD-02.xuar-supply-known")
                .status("CTIP-DOD-02", Status.NOT_APPLICABLE);
    }

    @Test
    void doesNotApplyWhenTheContractLacksTheClause() {
        SubmissionFixture.compliant().set("/award/otherClauses", List.of("252.222-7007")).evaluate()
                .fires("CTIP-DOD-02.clause-not-incorporated")
                .doesNotFire("CTIP-DOD-02.met")
                .status("CTIP-DOD-02", Status.NOT_APPLICABLE);
    }

    @Test
    void blocksKnownXuarLinkedSupply() {
        ResultAssert result = SubmissionFixture.compliant().set(XUAR + "/xuarLinkedSupplyKnown", true).evaluate()
                .fires("CTIP-DOD-02.xuar-supply-known")
                .doesNotFire("CTIP-DOD-02.met")
                .status("CTIP-DOD-02", Status.NOT_MET);
        assertThat(result.finding("CTIP-DOD-02.xuar-supply-known").severity()).isEqualTo(Severity.BLOCKER);
    }

    @Test
    void flagsAClauseNotFlowedDownToCommercialAndCotsSubcontracts() {
        ResultAssert result = SubmissionFixture.compliant().set(XUAR + "/flowedDownAllTiersIncludingCots", false).evaluate()
                .fires("CTIP-DOD-02.diligence-or-flow-down-missing")
                .doesNotFire("CTIP-DOD-02.met")
                .status("CTIP-DOD-02", Status.NOT_MET);
        assertThat(result.finding("CTIP-DOD-02.diligence-or-flow-down-missing").severity()).isEqualTo(Severity.MAJOR);
        assertThat(result.finding("CTIP-DOD-02.diligence-or-flow-down-missing").message()).contains("not flowed down");
    }

    @Test
    void flagsAnUndocumentedGoodFaithEffort() {
        SubmissionFixture.compliant().set(XUAR + "/goodFaithEffortDocumented", false).evaluate()
                .fires("CTIP-DOD-02.diligence-or-flow-down-missing")
                .status("CTIP-DOD-02", Status.NOT_MET);
    }

    @Test
    void asksForAnUnstatedElement() {
        SubmissionFixture.compliant().set(XUAR + "/xuarLinkedSupplyKnown", null).evaluate()
                .fires("CTIP-DOD-02.incomplete")
                .doesNotFire("CTIP-DOD-02.met")
                .status("CTIP-DOD-02", Status.NEEDS_REVIEW);
    }

    @Test
    void asksForTheSectionWhenItIsMissing() {
        SubmissionFixture.compliant().remove(XUAR).evaluate()
                .fires("CTIP-DOD-02.not-described")
                .doesNotFire("CTIP-DOD-02.met")
                .status("CTIP-DOD-02", Status.NEEDS_REVIEW);
    }
}
