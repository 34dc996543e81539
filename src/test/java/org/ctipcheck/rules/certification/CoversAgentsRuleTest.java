package org.ctipcheck.rules.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipcheck.rules.PlanDecisions.decidedOnceBy;

import java.util.List;
import org.ctipcheck.findings.Determination;
import org.ctipcheck.findings.Finding;
import org.ctipcheck.findings.PlanDecision.Outcome;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.ctipcheck.submission.Evidence;
import org.junit.jupiter.api.Test;

/** rules/certification/ctip-cert-03-covers-agents.drl: every certification covers agents as well as subcontractors. */
class CoversAgentsRuleTest {
    private static final String FIRST_ANNUAL = "/certifications/1";

    private static ResultAssert required(ResultAssert result) {
        return decidedOnceBy(result, "CTIP-APPL-04.plan-required", Outcome.REQUIRED);
    }

    @Test
    void certificationsThatAllCoverAgentsAreMet() {
        ResultAssert result = SubmissionFixture.compliant().evaluate()
                .fires("CTIP-CERT-03.met")
                .doesNotFire("CTIP-CERT-03.omits-agents")
                .doesNotFire("CTIP-CERT-03.no-certifications")
                .status("CTIP-CERT-03", Status.MET);
        assertThat(result.item("CTIP-CERT-03").evidence()).containsExactly(Evidence.at("/certifications", null));
        required(result);
    }

    @Test
    void anAnnualCertificationThatLeavesOutAgentsIsAGoodPracticeNote() {
        ResultAssert result = SubmissionFixture.compliant().set(FIRST_ANNUAL + "/statements/coversAgents", false).evaluate()
                .fires("CTIP-CERT-03.omits-agents")
                .doesNotFire("CTIP-CERT-03.met")
                .status("CTIP-CERT-03", Status.MET_WITH_ADVICE)
                .determination(Determination.COMPLIANT_WITH_OBSERVATIONS);
        Finding finding = result.finding("CTIP-CERT-03.omits-agents");
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.status()).isEqualTo(Status.NOT_MET);
        assertThat(finding.message()).isEqualTo("The annual certification of 2024-06-10 does not cover agents.");
        assertThat(finding.evidence()).containsExactly(Evidence.at(FIRST_ANNUAL + "/statements/coversAgents", false));
        required(result);
    }

    @Test
    void aCertificationThatDoesNotSayWhetherItCoversAgentsIsFlaggedToo() {
        ResultAssert result = SubmissionFixture.compliant().remove("/certifications/0/statements/coversAgents").evaluate()
                .fires("CTIP-CERT-03.omits-agents")
                .doesNotFire("CTIP-CERT-03.met")
                .status("CTIP-CERT-03", Status.MET_WITH_ADVICE);
        Finding finding = result.finding("CTIP-CERT-03.omits-agents");
        assertThat(finding.message()).startsWith("The pre-award certification of 2023-05-30");
        assertThat(finding.evidence()).containsExactly(Evidence.at("/certifications/0/statements/coversAgents", null));
    }

    @Test
    void eachCertificationThatOmitsAgentsIsReported() {
        ResultAssert result = SubmissionFixture.compliant()
                .set("/certifications/0/statements/coversAgents", false)
                .set("/certifications/2/statements/coversAgents", false).evaluate()
                .fires("CTIP-CERT-03.omits-agents");
        assertThat(result.result().findings()).filteredOn(f -> f.ruleId().equals("CTIP-CERT-03.omits-agents"))
                .flatExtracting(Finding::evidence).extracting(Evidence::pointer)
                .containsExactlyInAnyOrder("/certifications/0/statements/coversAgents",
                        "/certifications/2/statements/coversAgents");
    }

    @Test
    void noCertificationsLeaveNothingToCheck() {
        ResultAssert result = SubmissionFixture.compliant().set("/certifications", List.of()).evaluate()
                .fires("CTIP-CERT-03.no-certifications")
                .doesNotFire("CTIP-CERT-03.met")
                .doesNotFire("CTIP-CERT-03.omits-agents")
                .status("CTIP-CERT-03", Status.NOT_APPLICABLE)
                .status("CTIP-CERT-01", Status.NOT_MET)
                .status("CTIP-CERT-02", Status.NOT_MET);
        assertThat(result.result().findings()).extracting(Finding::ruleId).doesNotContain("CTIP-CERT-03.no-certifications");
        required(result);
    }

    @Test
    void oneCertificationIsSomethingToCheck() {
        SubmissionFixture.compliant().remove("/certifications/2").remove("/certifications/1").evaluate()
                .doesNotFire("CTIP-CERT-03.no-certifications")
                .fires("CTIP-CERT-03.met");
    }

    @Test
    void noPlanRequiredMeansCertificationWordingIsNotChecked() {
        ResultAssert result = SubmissionFixture.compliant().set("/award/portions/0/estimatedValue", 550_000)
                .set(FIRST_ANNUAL + "/statements/coversAgents", false).evaluate()
                .doesNotFire("CTIP-CERT-03.omits-agents")
                .doesNotFire("CTIP-CERT-03.met")
                .status("CTIP-CERT-03", Status.NOT_APPLICABLE);
        decidedOnceBy(result, "CTIP-APPL-04.plan-not-required", Outcome.NOT_REQUIRED);
    }
}
