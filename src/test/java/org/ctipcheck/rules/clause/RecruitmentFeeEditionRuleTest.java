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

/**
 * CTIP-PROHIB-06 and CTIP-PLAN-05b by the 52.222-50 edition in effect. The (a) definition of "recruitment fees"
 * arrived with JAN 2019 (FAC 2019-01, 83 FR 65466, effective Jan 22, 2019); MAR 2015 (80 FR 4967) prohibited
 * charging employees recruitment fees without defining them (81 FR 29244, summary). A modification incorporating
 * JAN 2019 brings the definition in from its date (FAR 1.108(d)(3)): the day before it, MAR 2015 still governs.
 */
class RecruitmentFeeEditionRuleTest {
    private static final String PLAN = "/compliancePlan/recruitmentAndWage";

    private static Map<String, Object> fee(String form) {
        Map<String, Object> fee = new LinkedHashMap<>();
        fee.put("form", form);
        fee.put("description", "placement fee");
        fee.put("amountUsd", 400);
        return fee;
    }

    /** Awarded 2018-06-01 with MAR 2015; modification P00004 incorporates JAN 2019 on 2019-03-01. */
    private static SubmissionFixture mar2015ModifiedOn20190301(String asOf, String form) {
        return SubmissionFixture.compliant().asOf(asOf)
                .set("/award/awardDate", "2018-06-01").set("/award/clause/date", "MAR 2015")
                .set("/award/clause/modifications", List.of(Map.of("number", "P00004", "date", "2019-03-01", "clauseDate", "JAN 2019")))
                .set("/workforce/feesChargedToWorkers", List.of(fee(form)));
    }

    @Test
    void aDeductedFeeIsJudgedUnderTheDefinitionFromTheDayTheModificationBringsInJan2019() {
        mar2015ModifiedOn20190301("2019-03-01", "WAGE_DEDUCTIONS").evaluate()
                .fires("CTIP-PROHIB-06.fee-charged")
                .doesNotFire("CTIP-PROHIB-06.fee-before-definition")
                .status("CTIP-PROHIB-06", Status.NOT_MET);
        ResultAssert dayBefore = mar2015ModifiedOn20190301("2019-02-28", "WAGE_DEDUCTIONS").evaluate()
                .fires("CTIP-PROHIB-06.fee-before-definition")
                .doesNotFire("CTIP-PROHIB-06.fee-charged")
                .doesNotFire("CTIP-PROHIB-06.fee-charged-mar-2015")
                .status("CTIP-PROHIB-06", Status.NEEDS_REVIEW);
        assertThat(dayBefore.finding("CTIP-PROHIB-06.fee-before-definition").message()).isEqualTo(
                "Workers bear a fee (placement fee): fees deducted from wages, $400. The contract carries 52.222-50 (MAR 2015),"
                        + " which prohibits charging employees recruitment fees without defining them; the definition of recruitment"
                        + " fees that names this form came with JAN 2019 (effective Jan 22, 2019) and is not claimed for this edition.");
        assertThat(dayBefore.finding("CTIP-PROHIB-06.fee-before-definition").evidence())
                .contains(Evidence.at("/award/clause/date", "MAR 2015"));
    }

    @Test
    void aFeePaidDirectlyIsABlockerUnderMar2015WithoutClaimingTheLaterDefinition() {
        ResultAssert result = mar2015ModifiedOn20190301("2019-02-28", "DIRECT_PAYMENT").evaluate()
                .fires("CTIP-PROHIB-06.fee-charged-mar-2015")
                .doesNotFire("CTIP-PROHIB-06.fee-charged")
                .doesNotFire("CTIP-PROHIB-06.fee-before-definition")
                .status("CTIP-PROHIB-06", Status.NOT_MET);
        assertThat(result.finding("CTIP-PROHIB-06.fee-charged-mar-2015").severity()).isEqualTo(Severity.BLOCKER);
        assertThat(result.finding("CTIP-PROHIB-06.fee-charged-mar-2015").message())
                .contains("52.222-50 (MAR 2015)").contains("no definition of them").doesNotContain("(a)");
        mar2015ModifiedOn20190301("2019-03-01", "DIRECT_PAYMENT").evaluate()
                .fires("CTIP-PROHIB-06.fee-charged")
                .doesNotFire("CTIP-PROHIB-06.fee-charged-mar-2015");
    }

    @Test
    void anEditionBeforeMar2015HadNoFeeProhibitionSoEvenADirectFeeIsForReview() {
        SubmissionFixture.compliant().set("/award/awardDate", "2014-05-01").set("/award/clause/date", "FEB 2009")
                .set("/workforce/feesChargedToWorkers", List.of(fee("DIRECT_PAYMENT"))).evaluate()
                .fires("CTIP-PROHIB-06.fee-before-definition")
                .doesNotFire("CTIP-PROHIB-06.fee-charged-mar-2015")
                .doesNotFire("CTIP-PROHIB-06.fee-charged");
    }

    @Test
    void aPlanBanNarrowerThanTheDefinitionIsAGapOnlyFromJan2019() {
        SubmissionFixture narrowBan = mar2015ModifiedOn20190301("2019-03-01", "DIRECT_PAYMENT")
                .set(PLAN + "/feeBanUsesFarDefinition", false).set(PLAN + "/feeBanCovers", List.of("DIRECT_PAYMENT"));
        narrowBan.evaluate()
                .fires("CTIP-PLAN-05b.ban-incomplete")
                .doesNotFire("CTIP-PLAN-05b.ban-narrower-than-later-definition");
        // the day before, the narrow ban is only good practice; CTIP-PLAN-05b stays NOT_MET, but because the fixture's
        // worker pays a fee the plan bans (CTIP-PLAN-05b.ban-not-applied, issue 13), not because of the ban's reach
        narrowBan.asOf("2019-02-28").evaluate()
                .fires("CTIP-PLAN-05b.ban-narrower-than-later-definition")
                .fires("CTIP-PLAN-05b.ban-not-applied")
                .doesNotFire("CTIP-PLAN-05b.ban-incomplete");
    }
}
