package org.ctipcheck.rules.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipcheck.rules.plan.Findings.assertGap;
import static org.ctipcheck.rules.plan.Findings.planFindings;

import java.util.List;
import org.ctipcheck.findings.Finding;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;

/** rules/plan/ctip-plan-09-provided-on-request.drl: every request from the contracting officer answered. */
class ProvidedOnRequestRuleTest {
    private static final String REQUESTS = "/compliancePlan/requestsFromContractingOfficer";

    @Test
    void flagsARequestThatWasNeverAnswered() {
        ResultAssert result = SubmissionFixture.compliant().remove(REQUESTS + "/0/providedOn").evaluate()
                .fires("CTIP-PLAN-09.unanswered")
                .doesNotFire("CTIP-PLAN-09.met")
                .doesNotFire("CTIP-PLAN-09.no-request")
                .status("CTIP-PLAN-09", Status.NOT_MET);
        Finding finding = assertGap(result, "CTIP-PLAN-09.unanswered", Severity.MAJOR, REQUESTS + "/0/providedOn");
        assertThat(finding.message()).contains("2024-02-01");
    }

    @Test
    void flagsALaterRequestThatWasNeverAnsweredAfterAnEarlierOneWas() {
        ResultAssert result = SubmissionFixture.compliant().copyInto(REQUESTS, REQUESTS + "/0")
                .set(REQUESTS + "/1/requestedOn", "2025-09-15").remove(REQUESTS + "/1/providedOn").evaluate()
                .fires("CTIP-PLAN-09.unanswered")
                .doesNotFire("CTIP-PLAN-09.met")
                .status("CTIP-PLAN-09", Status.NOT_MET);
        assertGap(result, "CTIP-PLAN-09.unanswered", Severity.MAJOR, REQUESTS + "/1/providedOn");
        assertThat(planFindings(result)).hasSize(1);
    }

    /**
     * FAR 52.222-50(h)(4)(ii) "The Contractor shall provide the compliance plan to the Contracting Officer upon
     * request." sets no deadline: the rule pack's grace (planRequestGraceDays, 14 days) decides. The fixture is
     * evaluated on 2026-03-01; a request of 2026-02-15 is on the last day of its grace, one of 2026-02-14 one day past.
     */
    @Test
    void aRequestStillWithinTheGraceIsPendingNotUnanswered() {
        ResultAssert result = SubmissionFixture.compliant().set(REQUESTS + "/0/requestedOn", "2026-02-15")
                .remove(REQUESTS + "/0/providedOn").evaluate()
                .fires("CTIP-PLAN-09.request-pending")
                .doesNotFire("CTIP-PLAN-09.unanswered")
                .doesNotFire("CTIP-PLAN-09.met")
                .status("CTIP-PLAN-09", Status.NEEDS_REVIEW);
        assertThat(result.finding("CTIP-PLAN-09.request-pending").severity()).isEqualTo(Severity.INFO);
        assertThat(result.finding("CTIP-PLAN-09.request-pending").message()).contains("14 day(s)", "2026-03-01");
    }

    @Test
    void aRequestMadeYesterdayIsPending() {
        SubmissionFixture.compliant().set(REQUESTS + "/0/requestedOn", "2026-02-28").remove(REQUESTS + "/0/providedOn")
                .evaluate()
                .fires("CTIP-PLAN-09.request-pending")
                .doesNotFire("CTIP-PLAN-09.unanswered");
    }

    @Test
    void aRequestOneDayPastTheGraceIsUnanswered() {
        ResultAssert result = SubmissionFixture.compliant().set(REQUESTS + "/0/requestedOn", "2026-02-14")
                .remove(REQUESTS + "/0/providedOn").evaluate()
                .fires("CTIP-PLAN-09.unanswered")
                .doesNotFire("CTIP-PLAN-09.request-pending")
                .status("CTIP-PLAN-09", Status.NOT_MET);
        assertThat(result.finding("CTIP-PLAN-09.unanswered").message()).contains("ended on 2026-02-28");
    }

    @Test
    void anAnsweredRequestIsNeverPending() {
        SubmissionFixture.compliant().set(REQUESTS + "/0/requestedOn", "2026-02-28").set(REQUESTS + "/0/providedOn", "2026-02-28")
                .evaluate()
                .doesNotFire("CTIP-PLAN-09.request-pending")
                .fires("CTIP-PLAN-09.met");
    }

    @Test
    void acceptsAPlanProvidedOnTheDayItWasRequested() {
        SubmissionFixture.compliant().set(REQUESTS + "/0/providedOn", "2024-02-01").evaluate()
                .doesNotFire("CTIP-PLAN-09.unanswered")
                .fires("CTIP-PLAN-09.met")
                .status("CTIP-PLAN-09", Status.MET);
    }

    @Test
    void meetsTheRequirementWhenEveryRequestWasAnswered() {
        ResultAssert result = SubmissionFixture.compliant().copyInto(REQUESTS, REQUESTS + "/0")
                .set(REQUESTS + "/1/requestedOn", "2025-09-15").set(REQUESTS + "/1/providedOn", "2025-09-16").evaluate()
                .fires("CTIP-PLAN-09.met")
                .doesNotFire("CTIP-PLAN-09.unanswered")
                .doesNotFire("CTIP-PLAN-09.no-request")
                .status("CTIP-PLAN-09", Status.MET);
        assertThat(result.item("CTIP-PLAN-09").evidence()).extracting(e -> e.pointer()).containsExactly(REQUESTS);
    }

    @Test
    void treatsAPlanNeverRequestedAsNotApplicable() {
        ResultAssert result = SubmissionFixture.compliant().remove(REQUESTS).evaluate()
                .fires("CTIP-PLAN-09.no-request")
                .doesNotFire("CTIP-PLAN-09.met")
                .doesNotFire("CTIP-PLAN-09.unanswered")
                .status("CTIP-PLAN-09", Status.NOT_APPLICABLE);
        assertThat(planFindings(result)).isEmpty();
    }

    @Test
    void treatsAnEmptyRequestLogAsNoRequest() {
        SubmissionFixture.compliant().set(REQUESTS, List.of()).evaluate()
                .fires("CTIP-PLAN-09.no-request")
                .status("CTIP-PLAN-09", Status.NOT_APPLICABLE);
    }

    @Test
    void doesNotCallARecordedRequestNoRequest() {
        SubmissionFixture.compliant().remove(REQUESTS + "/0/providedOn").evaluate()
                .doesNotFire("CTIP-PLAN-09.no-request");
    }
}
