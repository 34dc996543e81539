package org.ctipcheck.rules.clause;

import static org.assertj.core.api.Assertions.assertThat;

import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;

class ActionAgainstViolatorsRuleTest {

    @Test
    void isMetWhenEveryoneFacesActionUpToTermination() {
        SubmissionFixture.compliant().evaluate()
                .fires("CTIP-CONTR-02.met")
                .doesNotFire("CTIP-CONTR-02.parties-not-covered")
                .doesNotFire("CTIP-CONTR-02.no-termination")
                .doesNotFire("CTIP-CONTR-02.procedure-not-submitted")
                .status("CTIP-CONTR-02", Status.MET);
    }

    @Test
    void flagsAProcedureCoveringOnlyEmployees() {
        ResultAssert result = SubmissionFixture.compliant()
                .set("/policies/disciplinaryActions/coversAgents", false)
                .set("/policies/disciplinaryActions/coversSubcontractors", null)
                .evaluate()
                .fires("CTIP-CONTR-02.parties-not-covered")
                .doesNotFire("CTIP-CONTR-02.met")
                .status("CTIP-CONTR-02", Status.NOT_MET);
        assertThat(result.finding("CTIP-CONTR-02.parties-not-covered").severity()).isEqualTo(Severity.MAJOR);
        assertThat(result.finding("CTIP-CONTR-02.parties-not-covered").message())
                .isEqualTo("The disciplinary procedure does not cover agents, subcontractors.");
    }

    @Test
    void flagsAProcedureWithoutTermination() {
        SubmissionFixture.compliant().set("/policies/disciplinaryActions/includesTermination", false).evaluate()
                .fires("CTIP-CONTR-02.no-termination")
                .doesNotFire("CTIP-CONTR-02.parties-not-covered")
                .doesNotFire("CTIP-CONTR-02.met")
                .status("CTIP-CONTR-02", Status.NOT_MET);
    }

    @Test
    void asksForTheProcedureWhenItIsNotSubmitted() {
        SubmissionFixture.compliant().remove("/policies/disciplinaryActions").evaluate()
                .fires("CTIP-CONTR-02.procedure-not-submitted")
                .doesNotFire("CTIP-CONTR-02.met")
                .status("CTIP-CONTR-02", Status.NEEDS_REVIEW);
    }
}
