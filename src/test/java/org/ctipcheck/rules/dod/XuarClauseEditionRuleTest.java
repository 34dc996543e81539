package org.ctipcheck.rules.dod;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;

/**
 * rules/dod/ctip-dod-02-xuar.drl, the editions of DFARS 252.225-7060: DEC 2022 (sec. 848, Pub. L. 117-81; effective
 * 2022-12-30) and JUN 2023 (sec. 855, Pub. L. 117-263; effective 2023-06-09), selected by the clause date listed in
 * award.otherClauses or else, FAR 1.108(d)(1) "FAR changes apply to solicitations issued on or after the effective date
 * of the change", by the solicitation (else award) date. JUN 2023 (b): "The Contractor shall make a good faith effort to
 * determine that forced labor from XUAR will not be used in the performance of this contract".
 */
class XuarClauseEditionRuleTest {
    private static final String XUAR = "/dod/xuar";

    private static SubmissionFixture withClause(String entry) {
        return SubmissionFixture.compliant().set("/award/otherClauses", List.of("252.222-7007", entry));
    }

    @Test
    void aDatedEntrySelectsItsEdition() {
        withClause("252.225-7060 (DEC 2022)").set("/award/awardDate", "2023-03-01").set("/certifications/0/date", "2023-02-20")
                .evaluate().doesNotFire("CTIP-DOD-02.edition-unknown").doesNotFire("CTIP-DOD-02.no-edition-in-effect")
                .fires("CTIP-DOD-02.met").status("CTIP-DOD-02", Status.MET);
        withClause("252.225-7060 2023-06").evaluate().doesNotFire("CTIP-DOD-02.edition-unknown").fires("CTIP-DOD-02.met");
        // The listed DEC 2022 date wins over an award date on which JUN 2023 was in effect.
        ResultAssert listed = withClause("252.225-7060 (DEC 2022)").set("/dod/xuar/goodFaithEffortDocumented", false).evaluate()
                .fires("CTIP-DOD-02.dec-2022-diligence-for-review").doesNotFire("CTIP-DOD-02.diligence-or-flow-down-missing");
        assertThat(listed.finding("CTIP-DOD-02.dec-2022-diligence-for-review").message()).contains("the clause date listed with it");
    }

    @Test
    void underJun2023AMissingGoodFaithEffortIsMajor() {
        // Solicited on 2023-06-09, the day JUN 2023 took effect.
        ResultAssert result = withClause("252.225-7060").set("/award/solicitationDate", "2023-06-09")
                .set(XUAR + "/goodFaithEffortDocumented", false).evaluate()
                .fires("CTIP-DOD-02.diligence-or-flow-down-missing")
                .doesNotFire("CTIP-DOD-02.dec-2022-diligence-for-review")
                .status("CTIP-DOD-02", Status.NOT_MET);
        assertThat(result.finding("CTIP-DOD-02.diligence-or-flow-down-missing").severity()).isEqualTo(Severity.MAJOR);
    }

    @Test
    void underDec2022TheSameGapIsForReviewNotMajor() {
        // Solicited on 2023-06-08, the day before JUN 2023 took effect: the DEC 2022 edition applies.
        ResultAssert result = withClause("252.225-7060").set("/award/solicitationDate", "2023-06-08")
                .set(XUAR + "/goodFaithEffortDocumented", false).evaluate()
                .doesNotFire("CTIP-DOD-02.diligence-or-flow-down-missing")
                .fires("CTIP-DOD-02.dec-2022-diligence-for-review")
                .status("CTIP-DOD-02", Status.NEEDS_REVIEW);
        assertThat(result.finding("CTIP-DOD-02.dec-2022-diligence-for-review").message())
                .contains("DEC 2022").contains("solicitation date 2023-06-08").contains("offeror's certification before award");
    }

    @Test
    void withoutASolicitationDateTheAwardDateSelects() {
        withClause("252.225-7060").set("/award/awardDate", "2023-06-08").set("/certifications/0/date", "2023-05-30")
                .set(XUAR + "/flowedDownAllTiersIncludingCots", false).evaluate()
                .fires("CTIP-DOD-02.dec-2022-diligence-for-review")
                .doesNotFire("CTIP-DOD-02.diligence-or-flow-down-missing");
    }

    @Test
    void aDatedJun2023EntryOverridesTheDates() {
        withClause("252.225-7060 (Jun 2023)").set("/award/solicitationDate", "2023-01-10")
                .set(XUAR + "/goodFaithEffortDocumented", false).evaluate()
                .doesNotFire("CTIP-DOD-02.dec-2022-diligence-for-review")
                .fires("CTIP-DOD-02.diligence-or-flow-down-missing");
    }

    @Test
    void aClauseDateThatIsNoEditionIsNamed() {
        ResultAssert result = withClause("252.225-7060 (JAN 2023)").evaluate()
                .fires("CTIP-DOD-02.edition-unknown")
                .status("CTIP-DOD-02", Status.NEEDS_REVIEW);
        assertThat(result.finding("CTIP-DOD-02.edition-unknown").message()).contains("DEC 2022, JUN 2023");
    }

    @Test
    void anEditionThatTookEffectAfterTheAwardIsNamed() {
        // JUN 2023 took effect 2023-06-09: awarded 2023-06-08 is one day too early; 2023-06-09 is not.
        withClause("252.225-7060 (JUN 2023)").set("/award/awardDate", "2023-06-08").set("/certifications/0/date", "2023-05-30")
                .evaluate().fires("CTIP-DOD-02.edition-postdates-award");
        withClause("252.225-7060 (JUN 2023)").set("/award/awardDate", "2023-06-09").set("/certifications/0/date", "2023-05-30")
                .evaluate().doesNotFire("CTIP-DOD-02.edition-postdates-award");
    }

    @Test
    void anUndatedClauseInAContractSolicitedBeforeAnyEditionIsForReview() {
        // DEC 2022 took effect 2022-12-30: solicited 2022-12-29 no edition was in effect; 2022-12-30 DEC 2022 was.
        withClause("252.225-7060").set("/award/solicitationDate", "2022-12-29").evaluate()
                .fires("CTIP-DOD-02.no-edition-in-effect");
        withClause("252.225-7060").set("/award/solicitationDate", "2022-12-30").set("/dod/xuar/goodFaithEffortDocumented", false).evaluate()
                .doesNotFire("CTIP-DOD-02.no-edition-in-effect")
                .fires("CTIP-DOD-02.dec-2022-diligence-for-review");
    }
}
