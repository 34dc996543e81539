package org.ctipcheck.rules.clause;

import static org.assertj.core.api.Assertions.assertThat;

import org.ctipcheck.findings.Determination;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;

class MitigatingFactorsRuleTest {
    @Test
    void recordsThePlanAndTheRemediationAsMitigation() {
        SubmissionFixture.compliant().evaluate()
                .fires("CTIP-MITIGATE-01.met")
                .doesNotFire("CTIP-MITIGATE-01.no-incidents")
                .doesNotFire("CTIP-MITIGATE-01.not-shown")
                .doesNotFire("CTIP-MITIGATE-01.unknown")
                .status("CTIP-MITIGATE-01", Status.MET);
    }

    @Test
    void doesNotApplyWithoutIncidents() {
        SubmissionFixture.compliant().remove("/incidents").evaluate()
                .fires("CTIP-MITIGATE-01.no-incidents")
                .doesNotFire("CTIP-MITIGATE-01.met")
                .status("CTIP-MITIGATE-01", Status.NOT_APPLICABLE);
    }

    @Test
    void notesAnIncidentWithoutRemediationAsContextOnly() {
        ResultAssert result = SubmissionFixture.compliant().set("/incidents/0/remediationTaken", false).evaluate()
                .fires("CTIP-MITIGATE-01.not-shown")
                .doesNotFire("CTIP-MITIGATE-01.met")
                .status("CTIP-MITIGATE-01", Status.NOT_MET)
                .determination(Determination.COMPLIANT_WITH_OBSERVATIONS);
        assertThat(result.finding("CTIP-MITIGATE-01.not-shown").severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void asksWhenMitigationIsNotStated() {
        SubmissionFixture.compliant().set("/incidents/0/planInPlaceAtViolation", null).evaluate()
                .fires("CTIP-MITIGATE-01.unknown")
                .doesNotFire("CTIP-MITIGATE-01.not-shown")
                .status("CTIP-MITIGATE-01", Status.NEEDS_REVIEW);
    }
}
