package org.ctipcheck.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.ctipcheck.findings.Determination;
import org.ctipcheck.findings.PlanDecision;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;

class CompliantFixtureTest {

    @Test
    void baseFixtureMeetsEveryRequirementThatApplies() {
        ResultAssert result = SubmissionFixture.compliant().evaluate();
        result.determination(Determination.COMPLIANT).planDecision(PlanDecision.Outcome.REQUIRED).noFindings();
        assertThat(result.result().checklist()).allSatisfy(item -> assertThat(item.status())
                .as(item.requirementId() + ": " + item.reason()).isIn(Status.MET, Status.NOT_APPLICABLE));
        assertThat(result.result().checklist()).filteredOn(item -> item.requirementId().startsWith("CTIP-PLAN"))
                .allSatisfy(item -> assertThat(item.status()).isEqualTo(Status.MET));
    }
}
