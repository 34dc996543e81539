package org.ctipcheck.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ctipcheck.findings.EvaluationResult;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.ctipcheck.fixtures.TestRules;
import org.ctipcheck.submission.Submission;
import org.junit.jupiter.api.Test;

/** Sessions are pooled and reused: no evaluation may see another's facts, findings or rule hits. */
class ComplianceEvaluatorConcurrencyTest {
    private final ComplianceEvaluator evaluator = TestRules.evaluator();

    @Test
    void aReusedSessionKeepsNothingFromThePreviousEvaluation() throws Exception {
        Submission deficient = SubmissionFixture.compliant().remove("/compliancePlan").read().facts();
        Submission compliant = SubmissionFixture.compliant().read().facts();
        EvaluationResult first = evaluator.evaluate(compliant, SubmissionFixture.AS_OF);
        for (int i = 0; i < 20; i++) {
            assertThat(evaluator.evaluate(deficient, SubmissionFixture.AS_OF).findings()).isNotEmpty();
            EvaluationResult again = evaluator.evaluate(compliant, SubmissionFixture.AS_OF);
            assertThat(again.findings()).isEmpty();
            assertThat(again.ruleHits()).isEqualTo(first.ruleHits());
            assertThat(again.checklist()).isEqualTo(first.checklist());
        }
    }

    @Test
    void parallelEvaluationsGiveTheSequentialResults() throws Exception {
        List<Submission> submissions = List.of(
                SubmissionFixture.compliant().read().facts(),
                SubmissionFixture.compliant().remove("/compliancePlan/housing").read().facts(),
                SubmissionFixture.compliant().set("/award/instrument", "GRANT").read().facts(),
                SubmissionFixture.compliant().set("/award/portions/0/estimatedValue", 100).read().facts());
        List<EvaluationResult> expected = submissions.stream()
                .map(s -> evaluator.evaluate(s, SubmissionFixture.AS_OF)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int task = 0; task < 400; task++) {
                int index = task % submissions.size();
                checks.add(pool.submit(() -> {
                    EvaluationResult result = evaluator.evaluate(submissions.get(index), SubmissionFixture.AS_OF);
                    return result.equals(expected.get(index));
                }));
            }
            for (Future<Boolean> check : checks) {
                assertThat(check.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }
}
