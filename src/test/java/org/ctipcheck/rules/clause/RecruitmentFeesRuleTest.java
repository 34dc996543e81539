package org.ctipcheck.rules.clause;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.ctipcheck.submission.Evidence;
import org.junit.jupiter.api.Test;

class RecruitmentFeesRuleTest {
    private static Map<String, Object> fee(String form, String description, Object amount, String chargedBy) {
        Map<String, Object> fee = new LinkedHashMap<>();
        fee.put("form", form);
        fee.put("description", description);
        fee.put("amountUsd", amount);
        fee.put("chargedBy", chargedBy);
        return fee;
    }

    @Test
    void isMetWhenWorkersBearNoFee() {
        SubmissionFixture.compliant().evaluate()
                .fires("CTIP-PROHIB-06.met")
                .doesNotFire("CTIP-PROHIB-06.fee-charged")
                .doesNotFire("CTIP-PROHIB-06.workforce-not-submitted")
                .status("CTIP-PROHIB-06", Status.MET);
    }

    @Test
    void blocksAFeeRecoveredThroughWageDeductions() {
        ResultAssert result = SubmissionFixture.compliant()
                .set("/workforce/feesChargedToWorkers", List.of(fee("WAGE_DEDUCTIONS", "visa and medical examination", 1150, "Dhaka Overseas Recruiting Ltd.")))
                .evaluate()
                .fires("CTIP-PROHIB-06.fee-charged")
                .doesNotFire("CTIP-PROHIB-06.met")
                .status("CTIP-PROHIB-06", Status.NOT_MET);
        assertThat(result.finding("CTIP-PROHIB-06.fee-charged").severity()).isEqualTo(Severity.BLOCKER);
        assertThat(result.finding("CTIP-PROHIB-06.fee-charged").message()).isEqualTo(
                "Workers bear a recruitment fee (visa and medical examination): fees deducted from wages, $1,150, charged by Dhaka Overseas Recruiting Ltd.");
        assertThat(result.finding("CTIP-PROHIB-06.fee-charged").evidence())
                .contains(Evidence.at("/workforce/feesChargedToWorkers/0/form", org.ctipcheck.submission.FeeForm.WAGE_DEDUCTIONS));
    }

    @Test
    void reportsEachFeeOnItsOwnEvenWithoutAnAmount() {
        ResultAssert result = SubmissionFixture.compliant()
                .set("/workforce/feesChargedToWorkers", List.of(fee("DEPOSITS_AND_BONDS", null, null, null),
                        fee("KICKBACKS", "placement tip to the supervisor", 50, "site supervisor")))
                .evaluate()
                .fires("CTIP-PROHIB-06.fee-charged")
                .status("CTIP-PROHIB-06", Status.NOT_MET);
        assertThat(result.result().findings().stream().filter(f -> f.ruleId().equals("CTIP-PROHIB-06.fee-charged")).count()).isEqualTo(2);
        assertThat(result.result().findings()).anySatisfy(f ->
                assertThat(f.message()).isEqualTo("Workers bear a recruitment fee: security deposits, bonds and insurance."));
    }

    @Test
    void asksAboutFeesWhenTheWorkforceSectionIsMissing() {
        SubmissionFixture.compliant().remove("/workforce").evaluate()
                .fires("CTIP-PROHIB-06.workforce-not-submitted")
                .doesNotFire("CTIP-PROHIB-06.met")
                .status("CTIP-PROHIB-06", Status.NEEDS_REVIEW);
    }
}
