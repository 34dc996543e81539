package org.ctipcheck.rules.applicability;

import static org.assertj.core.api.Assertions.assertThat;

import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.ctipcheck.submission.Evidence;
import org.junit.jupiter.api.Test;

/**
 * rules/applicability/ctip-appl-04-point-in-time.drl: the evaluation is a judgement as of its date. A certification
 * (FAR 52.222-50(h)(5)), an incident or a notice (52.222-50(d)(1)) dated after it has not happened yet.
 */
class PointInTimeRuleTest {

    /** The fixture's latest annual certification is dated 2025-06-12. */
    @Test
    void aCertificationDatedTheDayAfterTheEvaluationDateIsNotCounted() {
        ResultAssert after = SubmissionFixture.compliant().set("/certifications/2/date", "2026-03-02").evaluate()
                .fires("CTIP-APPL-04.not-yet-happened")
                .status("CTIP-CERT-02", Status.NOT_MET); // the certification due by the 2025 anniversary has not been made
        assertThat(after.finding("CTIP-APPL-04.not-yet-happened").evidence()).extracting(Evidence::pointer)
                .containsExactly("/certifications/2/date");
        assertThat(after.finding("CTIP-APPL-04.not-yet-happened").message()).contains("annual certification dated 2026-03-02");
        SubmissionFixture.compliant().asOf("2025-06-09").set("/incidents", java.util.List.of()).evaluate()
                .doesNotFire("CTIP-APPL-04.not-yet-happened")
                .status("CTIP-CERT-02", Status.MET);
        SubmissionFixture.compliant().asOf("2025-06-08").set("/incidents", java.util.List.of()).evaluate()
                .fires("CTIP-APPL-04.not-yet-happened");
    }

    @Test
    void aPreAwardCertificationDatedAfterTheEvaluationDateHasNotBeenMade() {
        SubmissionFixture.compliant().asOf("2023-05-29").set("/award/awardDate", "2023-06-15").evaluate()
                .fires("CTIP-APPL-04.not-yet-happened")
                .fires("CTIP-CERT-01.missing");
        SubmissionFixture.compliant().asOf("2023-05-30").evaluate()
                .doesNotFire("CTIP-CERT-01.missing");
    }

    /** The fixture's incident was received 2025-09-02, notified to the CO that day and to the IG on 2025-09-03. */
    @Test
    void anIncidentAndItsNoticesAreJudgedOnWhatHadHappenedByTheEvaluationDate() {
        ResultAssert received = SubmissionFixture.compliant().asOf("2025-09-02").evaluate()
                .fires("CTIP-APPL-04.not-yet-happened");
        assertThat(received.result().findings()).filteredOn(f -> f.ruleId().equals("CTIP-APPL-04.not-yet-happened"))
                .flatExtracting(f -> f.evidence().stream().map(Evidence::pointer).toList())
                .contains("/incidents/0/inspectorGeneralNotifiedOn", "/incidents/0/actionsReportedOn")
                .doesNotContain("/incidents/0/receivedOn", "/incidents/0/contractingOfficerNotifiedOn");
        ResultAssert before = SubmissionFixture.compliant().asOf("2025-09-01").evaluate();
        assertThat(before.result().findings()).filteredOn(f -> f.ruleId().equals("CTIP-APPL-04.not-yet-happened"))
                .flatExtracting(f -> f.evidence().stream().map(Evidence::pointer).toList())
                .contains("/incidents/0/receivedOn");
    }

    /** Issue 12, item 8: performance before award is flagged, never silently used. */
    @Test
    void performanceStartingTheDayBeforeAwardIsFlagged() {
        SubmissionFixture.compliant().set("/award/periodOfPerformance/start", "2023-06-14").evaluate()
                .fires("CTIP-APPL-04.performance-before-award");
        SubmissionFixture.compliant().set("/award/periodOfPerformance/start", "2023-06-15").evaluate()
                .doesNotFire("CTIP-APPL-04.performance-before-award");
    }
}
