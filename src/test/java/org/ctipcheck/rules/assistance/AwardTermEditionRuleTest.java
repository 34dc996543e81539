package org.ctipcheck.rules.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;

/**
 * CTIP-GRANT-01 names the award term in force on the award date: Appendix A to Part 175 replaced the 2 CFR 175.15
 * term by 89 FR 30113 (Apr 22, 2024), effective Oct 1, 2024. Sept 30, 2024 is the last day of 175.15.
 */
class AwardTermEditionRuleTest {
    private static SubmissionFixture grantAwarded(String awardDate, boolean termIncluded) {
        Map<String, Object> recipient = new LinkedHashMap<>();
        recipient.put("type", "PRIVATE_ENTITY");
        recipient.put("awardTermIncluded", termIncluded);
        recipient.put("hasSubawards", false);
        return SubmissionFixture.compliant().set("/award/instrument", "GRANT").set("/award/recipient", recipient)
                .set("/award/awardDate", awardDate);
    }

    @Test
    void aGrantMadeOnOctober1_2024IsToCarryAppendixA() {
        ResultAssert result = grantAwarded("2024-10-01", false).evaluate()
                .fires("CTIP-GRANT-01.term-missing")
                .status("CTIP-GRANT-01", Status.NOT_MET);
        assertThat(result.finding("CTIP-GRANT-01.term-missing").message())
                .contains("Appendix A to Part 175, in force on the award date 2024-10-01").doesNotContain("175.15");
    }

    @Test
    void aGrantMadeTheDayBeforeIsToCarryThe175_15Term() {
        ResultAssert result = grantAwarded("2024-09-30", false).evaluate()
                .fires("CTIP-GRANT-01.term-missing");
        assertThat(result.finding("CTIP-GRANT-01.term-missing").message())
                .contains("the 2 CFR 175.15 term, in force on the award date 2024-09-30");
    }

    @Test
    void theMetReasonNamesTheTermToo() {
        ResultAssert result = grantAwarded("2024-09-30", true).evaluate()
                .fires("CTIP-GRANT-01.met")
                .doesNotFire("CTIP-GRANT-01.term-missing")
                .status("CTIP-GRANT-01", Status.MET);
        assertThat(result.item("CTIP-GRANT-01").reason()).contains("2 CFR 175.15 term");
        grantAwarded("2024-10-01", true).evaluate().fires("CTIP-GRANT-01.met");
    }
}
