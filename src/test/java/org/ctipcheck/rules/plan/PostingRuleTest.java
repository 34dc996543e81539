package org.ctipcheck.rules.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipcheck.rules.plan.Findings.assertGap;
import static org.ctipcheck.rules.plan.Findings.planFindings;

import org.ctipcheck.findings.Finding;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;

/**
 * rules/plan/ctip-plan-08-posting.drl: relevant contents posted at the workplace and on the website (or given to
 * each worker in writing) no later than the start of performance. The base fixture starts performance on
 * 2023-08-01 and posts on 2023-07-25; it is evaluated as of 2026-03-01.
 */
class PostingRuleTest {
    private static final String SECTION = "/compliancePlan/posting";

    private static SubmissionFixture onlyWrittenDistribution(SubmissionFixture fixture) {
        return fixture.set(SECTION + "/postingImpracticable", true).remove(SECTION + "/workplacePostedOn")
                .remove(SECTION + "/websitePostedOn");
    }

    // --- missing ---

    @Test
    void flagsAPlanThatRecordsNoPostingAfterPerformanceStarted() {
        ResultAssert result = SubmissionFixture.compliant().remove(SECTION).evaluate()
                .fires("CTIP-PLAN-08.missing")
                .doesNotFire("CTIP-PLAN-08.not-posted")
                .doesNotFire("CTIP-PLAN-08.start-unknown")
                .doesNotFire("CTIP-PLAN-08.met")
                .status("CTIP-PLAN-08", Status.NOT_MET);
        assertGap(result, "CTIP-PLAN-08.missing", Severity.MAJOR, SECTION);
    }

    @Test
    void doesNotCallAnIncompletePostingMissing() {
        SubmissionFixture.compliant().remove(SECTION + "/websitePostedOn").evaluate()
                .doesNotFire("CTIP-PLAN-08.missing")
                .fires("CTIP-PLAN-08.not-posted");
    }

    @Test
    void flagsAPlanThatRecordsNoPostingWhenTheStartOfPerformanceIsUnknown() {
        SubmissionFixture.compliant().remove(SECTION).remove("/award/periodOfPerformance/start").evaluate()
                .fires("CTIP-PLAN-08.missing")
                .doesNotFire("CTIP-PLAN-08.start-unknown")
                .status("CTIP-PLAN-08", Status.NOT_MET);
    }

    @Test
    void doesNotFlagAPostingSectionLeftOutBeforePerformanceStarts() {
        ResultAssert result = SubmissionFixture.compliant().remove(SECTION).set("/award/periodOfPerformance/start", "2026-03-02")
                .asOf("2026-03-01").evaluate()
                .doesNotFire("CTIP-PLAN-08.missing")
                .fires("CTIP-PLAN-08.not-yet-due")
                .status("CTIP-PLAN-08", Status.NOT_APPLICABLE);
        assertThat(result.item("CTIP-PLAN-08").evidence()).extracting(e -> e.pointer()).containsExactly(SECTION);
        assertThat(planFindings(result)).isEmpty();
    }

    @Test
    void leavesAMissingPlanToPlan01EvenBeforePerformanceStarts() {
        ResultAssert result = SubmissionFixture.compliant().remove("/compliancePlan")
                .set("/award/periodOfPerformance/start", "2026-03-02").asOf("2026-03-01").evaluate()
                .doesNotFire("CTIP-PLAN-08.not-yet-due")
                .doesNotFire("CTIP-PLAN-08.missing")
                .status("CTIP-PLAN-08", Status.NOT_MET);
        assertThat(result.item("CTIP-PLAN-08").ruleIds()).containsExactly("CTIP-PLAN-01.elements-without-plan");
    }

    @Test
    void flagsAPostingSectionLeftOutOnTheDayPerformanceStarts() {
        SubmissionFixture.compliant().remove(SECTION).set("/award/periodOfPerformance/start", "2026-03-01")
                .asOf("2026-03-01").evaluate()
                .fires("CTIP-PLAN-08.missing")
                .doesNotFire("CTIP-PLAN-08.not-yet-due")
                .status("CTIP-PLAN-08", Status.NOT_MET);
    }

    // --- not-posted / not-yet-due ---

    @Test
    void flagsAMissingWebsitePostingWhenTheOrganizationHasAWebsite() {
        ResultAssert result = SubmissionFixture.compliant().remove(SECTION + "/websitePostedOn").evaluate()
                .fires("CTIP-PLAN-08.not-posted")
                .doesNotFire("CTIP-PLAN-08.not-yet-due")
                .doesNotFire("CTIP-PLAN-08.late")
                .doesNotFire("CTIP-PLAN-08.met")
                .status("CTIP-PLAN-08", Status.NOT_MET);
        Finding finding = assertGap(result, "CTIP-PLAN-08.not-posted", Severity.MAJOR, SECTION);
        assertThat(finding.message()).isEqualTo("Performance started on 2023-08-01 but the posting is incomplete: "
                + "the organization has a website but no website posting date.");
    }

    @Test
    void flagsAMissingWorkplacePosting() {
        ResultAssert result = SubmissionFixture.compliant().remove(SECTION + "/workplacePostedOn").evaluate()
                .fires("CTIP-PLAN-08.not-posted")
                .status("CTIP-PLAN-08", Status.NOT_MET);
        assertThat(result.finding("CTIP-PLAN-08.not-posted").message()).endsWith(": no workplace posting date.");
    }

    @Test
    void needsNoWorkplacePostingWithoutAFixedWorkplace() {
        SubmissionFixture.compliant().set(SECTION + "/noFixedWorkplace", true).remove(SECTION + "/workplacePostedOn")
                .evaluate()
                .doesNotFire("CTIP-PLAN-08.not-posted")
                .fires("CTIP-PLAN-08.met")
                .status("CTIP-PLAN-08", Status.MET);
    }

    @Test
    void needsNoWebsitePostingWithoutAWebsite() {
        SubmissionFixture.compliant().set(SECTION + "/hasWebsite", false).remove(SECTION + "/websitePostedOn")
                .remove(SECTION + "/websiteUrl").evaluate()
                .doesNotFire("CTIP-PLAN-08.not-posted")
                .fires("CTIP-PLAN-08.met")
                .status("CTIP-PLAN-08", Status.MET);
    }

    @Test
    void flagsMissingWrittenDistributionWherePostingIsImpracticable() {
        ResultAssert result = onlyWrittenDistribution(SubmissionFixture.compliant()).evaluate()
                .fires("CTIP-PLAN-08.not-posted")
                .status("CTIP-PLAN-08", Status.NOT_MET);
        assertThat(result.finding("CTIP-PLAN-08.not-posted").message()).endsWith(
                ": posting is impracticable, but no date the contents were given to each worker in writing.");
    }

    @Test
    void flagsMissingWrittenDistributionWhereThereIsNowhereToPost() {
        ResultAssert result = SubmissionFixture.compliant().set(SECTION + "/noFixedWorkplace", true)
                .set(SECTION + "/hasWebsite", false).remove(SECTION + "/workplacePostedOn")
                .remove(SECTION + "/websitePostedOn").evaluate()
                .fires("CTIP-PLAN-08.not-posted")
                .status("CTIP-PLAN-08", Status.NOT_MET);
        assertThat(result.finding("CTIP-PLAN-08.not-posted").message())
                .endsWith(": no fixed workplace and no website to post on, but no date the contents were given to each worker in writing.");
    }

    @Test
    void acceptsWrittenDistributionWherePostingIsImpracticable() {
        onlyWrittenDistribution(SubmissionFixture.compliant()).set(SECTION + "/writtenToEachWorkerOn", "2023-08-01")
                .evaluate()
                .doesNotFire("CTIP-PLAN-08.not-posted")
                .doesNotFire("CTIP-PLAN-08.late")
                .fires("CTIP-PLAN-08.met")
                .status("CTIP-PLAN-08", Status.MET);
    }

    @Test
    void flagsAMissingPostingOnTheDayPerformanceStarts() {
        SubmissionFixture.compliant().set("/award/periodOfPerformance/start", "2026-03-01")
                .remove(SECTION + "/websitePostedOn").asOf("2026-03-01").evaluate()
                .fires("CTIP-PLAN-08.not-posted")
                .doesNotFire("CTIP-PLAN-08.not-yet-due")
                .status("CTIP-PLAN-08", Status.NOT_MET);
    }

    @Test
    void treatsAMissingPostingTheDayBeforePerformanceStartsAsNotYetDue() {
        ResultAssert result = SubmissionFixture.compliant().set("/award/periodOfPerformance/start", "2026-03-02")
                .remove(SECTION + "/websitePostedOn").asOf("2026-03-01").evaluate()
                .fires("CTIP-PLAN-08.not-yet-due")
                .doesNotFire("CTIP-PLAN-08.not-posted")
                .doesNotFire("CTIP-PLAN-08.met")
                .status("CTIP-PLAN-08", Status.NOT_APPLICABLE);
        assertThat(result.item("CTIP-PLAN-08").reason()).contains("must be posted by 2026-03-02");
        assertThat(planFindings(result)).isEmpty();
    }

    @Test
    void meetsTheRequirementWhenPostedBeforePerformanceStarts() {
        SubmissionFixture.compliant().set("/award/periodOfPerformance/start", "2026-03-02").asOf("2026-03-01").evaluate()
                .doesNotFire("CTIP-PLAN-08.not-yet-due")
                .fires("CTIP-PLAN-08.met")
                .status("CTIP-PLAN-08", Status.MET);
    }

    // --- late / met ---

    @Test
    void acceptsAPostingOnTheDayPerformanceStarts() {
        SubmissionFixture.compliant().set(SECTION + "/workplacePostedOn", "2023-08-01")
                .set(SECTION + "/websitePostedOn", "2023-08-01").evaluate()
                .doesNotFire("CTIP-PLAN-08.late")
                .fires("CTIP-PLAN-08.met")
                .status("CTIP-PLAN-08", Status.MET);
    }

    @Test
    void flagsAWorkplacePostingTheDayAfterPerformanceStarts() {
        ResultAssert result = SubmissionFixture.compliant().set(SECTION + "/workplacePostedOn", "2023-08-02").evaluate()
                .fires("CTIP-PLAN-08.late")
                .doesNotFire("CTIP-PLAN-08.met")
                .doesNotFire("CTIP-PLAN-08.not-posted")
                .status("CTIP-PLAN-08", Status.NOT_MET);
        Finding finding = assertGap(result, "CTIP-PLAN-08.late", Severity.MAJOR, SECTION);
        assertThat(finding.message()).contains("completed on 2023-08-02").contains("started on 2023-08-01");
    }

    @Test
    void flagsAWebsitePostingTheDayAfterPerformanceStartsEvenWhenTheWorkplacePostingWasOnTime() {
        SubmissionFixture.compliant().set(SECTION + "/websitePostedOn", "2023-08-02").evaluate()
                .fires("CTIP-PLAN-08.late")
                .status("CTIP-PLAN-08", Status.NOT_MET);
    }

    @Test
    void ignoresALateWebsitePostingWhenThereIsNoWebsiteRequirement() {
        SubmissionFixture.compliant().set(SECTION + "/hasWebsite", false).set(SECTION + "/websitePostedOn", "2023-09-01")
                .evaluate()
                .doesNotFire("CTIP-PLAN-08.late")
                .status("CTIP-PLAN-08", Status.MET);
    }

    @Test
    void flagsWrittenDistributionTheDayAfterPerformanceStarts() {
        onlyWrittenDistribution(SubmissionFixture.compliant()).set(SECTION + "/writtenToEachWorkerOn", "2023-08-02")
                .evaluate()
                .fires("CTIP-PLAN-08.late")
                .status("CTIP-PLAN-08", Status.NOT_MET);
    }

    @Test
    void meetsTheRequirementWhenEveryRequiredPostingPrecedesPerformance() {
        ResultAssert result = SubmissionFixture.compliant().evaluate()
                .fires("CTIP-PLAN-08.met")
                .doesNotFire("CTIP-PLAN-08.missing")
                .doesNotFire("CTIP-PLAN-08.not-posted")
                .doesNotFire("CTIP-PLAN-08.not-yet-due")
                .doesNotFire("CTIP-PLAN-08.late")
                .doesNotFire("CTIP-PLAN-08.start-unknown")
                .status("CTIP-PLAN-08", Status.MET);
        assertThat(result.item("CTIP-PLAN-08").reason()).contains("Posted by 2023-07-25");
    }

    // --- start-unknown ---

    @Test
    void asksForReviewWhenTheStartOfPerformanceIsNotGiven() {
        ResultAssert result = SubmissionFixture.compliant().remove("/award/periodOfPerformance/start").evaluate()
                .fires("CTIP-PLAN-08.start-unknown")
                .doesNotFire("CTIP-PLAN-08.met")
                .doesNotFire("CTIP-PLAN-08.late")
                .doesNotFire("CTIP-PLAN-08.not-posted")
                .doesNotFire("CTIP-PLAN-08.not-yet-due")
                .status("CTIP-PLAN-08", Status.NEEDS_REVIEW);
        Finding finding = result.finding("CTIP-PLAN-08.start-unknown");
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.status()).isEqualTo(Status.NEEDS_REVIEW);
        assertThat(Findings.pointers(finding)).containsExactly("/award/periodOfPerformance/start");
    }

    @Test
    void doesNotAskForTheStartOfPerformanceWhenItIsGiven() {
        SubmissionFixture.compliant().remove("/award/periodOfPerformance/end").evaluate()
                .doesNotFire("CTIP-PLAN-08.start-unknown")
                .status("CTIP-PLAN-08", Status.MET);
    }

    // FAR 52.222-50(h)(4)(i): "If posting at the workplace or on the Web site is impracticable, the Contractor shall
    // provide the relevant contents of the compliance plan to each worker in writing." Impracticable at one venue does
    // not excuse the other.

    @Test
    void aWorkplaceWherePostingIsImpracticableStillNeedsTheWebsiteAndTheWrittenCopy() {
        SubmissionFixture.compliant().remove(SECTION + "/workplacePostedOn").set(SECTION + "/workplacePostingImpracticable", true)
                .set(SECTION + "/writtenToEachWorkerOn", "2023-07-28").evaluate()
                .fires("CTIP-PLAN-08.met")
                .doesNotFire("CTIP-PLAN-08.not-posted")
                .status("CTIP-PLAN-08", Status.MET);
        ResultAssert noWebsite = SubmissionFixture.compliant().remove(SECTION + "/workplacePostedOn").remove(SECTION + "/websitePostedOn")
                .set(SECTION + "/workplacePostingImpracticable", true).set(SECTION + "/writtenToEachWorkerOn", "2023-07-28").evaluate()
                .fires("CTIP-PLAN-08.not-posted")
                .doesNotFire("CTIP-PLAN-08.met")
                .status("CTIP-PLAN-08", Status.NOT_MET);
        assertThat(noWebsite.finding("CTIP-PLAN-08.not-posted").message()).contains("no website posting date");
        ResultAssert noWrittenCopy = SubmissionFixture.compliant().remove(SECTION + "/workplacePostedOn")
                .set(SECTION + "/workplacePostingImpracticable", true).evaluate()
                .fires("CTIP-PLAN-08.not-posted")
                .status("CTIP-PLAN-08", Status.NOT_MET);
        assertThat(noWrittenCopy.finding("CTIP-PLAN-08.not-posted").message())
                .contains("posting at the workplace is impracticable, but no date the contents were given to each worker in writing");
    }

    @Test
    void aWebsiteWherePostingIsImpracticableStillNeedsTheWorkplaceAndTheWrittenCopy() {
        SubmissionFixture.compliant().remove(SECTION + "/websitePostedOn").set(SECTION + "/websitePostingImpracticable", true)
                .set(SECTION + "/writtenToEachWorkerOn", "2023-07-28").evaluate()
                .fires("CTIP-PLAN-08.met")
                .status("CTIP-PLAN-08", Status.MET);
        ResultAssert result = SubmissionFixture.compliant().remove(SECTION + "/websitePostedOn").remove(SECTION + "/workplacePostedOn")
                .set(SECTION + "/websitePostingImpracticable", true).set(SECTION + "/writtenToEachWorkerOn", "2023-07-28").evaluate()
                .fires("CTIP-PLAN-08.not-posted")
                .doesNotFire("CTIP-PLAN-08.met")
                .status("CTIP-PLAN-08", Status.NOT_MET);
        assertThat(result.finding("CTIP-PLAN-08.not-posted").message()).contains("no workplace posting date");
    }

    /** The written copy given after performance started makes the posting late, like a late posting (±1 day). */
    @Test
    void theWrittenCopyIsDueByTheStartOfPerformance() {
        SubmissionFixture.compliant().set(SECTION + "/workplacePostingImpracticable", true).set(SECTION + "/writtenToEachWorkerOn", "2023-08-01").evaluate()
                .fires("CTIP-PLAN-08.met")
                .doesNotFire("CTIP-PLAN-08.late");
        SubmissionFixture.compliant().set(SECTION + "/workplacePostingImpracticable", true).set(SECTION + "/writtenToEachWorkerOn", "2023-08-02").evaluate()
                .fires("CTIP-PLAN-08.late")
                .doesNotFire("CTIP-PLAN-08.met");
    }
}
