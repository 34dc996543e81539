package org.ctipcheck.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.ctipcheck.findings.Confidence;
import org.ctipcheck.findings.PlanDecision;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;

/** The plan decision carries the weaker confidence of its rule and of the threshold it applied. */
class PlanDecisionConfidenceTest {

    @Test
    void theOct2025ThresholdMakesTheDecisionRestOnSecondarySources() {
        PlanDecision decision = SubmissionFixture.compliant().set("/award/clause/date", "2025-10").evaluate()
                .planDecision(PlanDecision.Outcome.REQUIRED).result().planDecision();
        assertThat(decision.confidence()).isEqualTo(Confidence.SECONDARY);
        assertThat(decision.threshold()).isEqualByComparingTo("700000");
    }

    @Test
    void theNov2021ThresholdIsVerified() {
        PlanDecision decision = SubmissionFixture.compliant().evaluate().result().planDecision();
        assertThat(decision.confidence()).isEqualTo(Confidence.VERIFIED);
        assertThat(decision.clauseEdition()).isEqualTo("NOV 2021");
    }
}
