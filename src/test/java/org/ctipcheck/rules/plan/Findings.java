package org.ctipcheck.rules.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ctipcheck.findings.Finding;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.submission.Evidence;

/** Checks on a gap rule's finding: its severity, that it is a NOT_MET gap, and the JSON Pointers of its evidence. */
final class Findings {
    private Findings() {
    }

    static Finding assertGap(ResultAssert result, String ruleId, Severity severity, String... evidencePointers) {
        Finding finding = result.finding(ruleId);
        assertThat(finding.severity()).as(ruleId + " severity").isEqualTo(severity);
        assertThat(finding.status()).as(ruleId + " status").isEqualTo(Status.NOT_MET);
        assertThat(pointers(finding)).as(ruleId + " evidence pointers").containsExactly(evidencePointers);
        return finding;
    }

    static List<String> pointers(Finding finding) {
        return finding.evidence().stream().map(Evidence::pointer).toList();
    }

    static List<Finding> planFindings(ResultAssert result) {
        return result.result().findings().stream().filter(f -> f.requirementId().startsWith("CTIP-PLAN-")).toList();
    }
}
