package org.ctipcheck.rules.applicability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipcheck.rules.PlanDecisions.decidedOnceBy;

import java.util.List;
import java.util.Map;
import org.ctipcheck.findings.PlanDecision.Outcome;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.ctipcheck.submission.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * rules/applicability/ctip-appl-01-clause-edition.drl against rules/reference/clause-editions.csv, written from FAR 1.108(d):
 * "(1) FAR changes apply to solicitations issued on or after the effective date of the change; (2) ... provided award of the
 * resulting contract(s) occurs on or after the effective date; and (3) ... include the changes in any existing contract".
 */
class ClauseEditionRuleTest {

    private static SubmissionFixture awarded(String clauseDate, String awardDate) {
        return SubmissionFixture.compliant().set("/award/clause/date", clauseDate).set("/award/awardDate", awardDate)
                .set("/award/periodOfPerformance/start", "2025-11-01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2016-05", "JAN 1999", "DEC 2021"})
    void aClauseDateThatIsNoEditionIsNamedAndStillDecidesTheThreshold(String clauseDate) {
        ResultAssert result = awarded(clauseDate, "2025-10-15").evaluate()
                .fires("CTIP-APPL-01.edition-unknown")
                .status("CTIP-APPL-01", clauseDate.equals("JAN 1999") ? Status.NOT_MET : Status.NEEDS_REVIEW);
        assertThat(result.finding("CTIP-APPL-01.edition-unknown").message())
                .contains("no edition dated").contains("MAR 2015, JAN 2019, OCT 2020, NOV 2021, OCT 2025");
        assertThat(result.result().planDecision().outcome()).isIn(Outcome.REQUIRED, Outcome.NOT_REQUIRED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"FEB 2009", "MAR 2015", "JAN 2019", "OCT 2020", "NOV 2021", "OCT 2025"})
    void everyRealEditionIsKnown(String clauseDate) {
        awarded(clauseDate, "2025-10-15").evaluate().doesNotFire("CTIP-APPL-01.edition-unknown");
    }

    /** Effective dates either side: MAR 2015 Mar 2, 2015; JAN 2019 Jan 22, 2019; OCT 2020 Oct 1, 2020; NOV 2021 Dec 6, 2021. */
    @ParameterizedTest
    @CsvSource({"MAR 2015, 2015-03-01, 2015-03-02", "JAN 2019, 2019-01-21, 2019-01-22", "OCT 2020, 2020-09-30, 2020-10-01",
            "NOV 2021, 2021-12-05, 2021-12-06", "OCT 2025, 2025-09-30, 2025-10-01"})
    void anEditionInAContractAwardedTheDayBeforeItTookEffectIsNamedNeverSwitchedOff(String edition, String dayBefore, String effective) {
        ResultAssert before = awarded(edition, dayBefore).evaluate()
                .fires("CTIP-APPL-01.edition-postdates-incorporation")
                .status("CTIP-APPL-01", Status.NEEDS_REVIEW);
        decidedOnceBy(before, "CTIP-APPL-04.plan-required", Outcome.REQUIRED); // paragraph (h) still applies
        assertThat(before.finding("CTIP-APPL-01.edition-postdates-incorporation").evidence()).extracting(Evidence::pointer)
                .containsExactly("/award/clause/date", "/award/awardDate");
        awarded(edition, effective).evaluate()
                .doesNotFire("CTIP-APPL-01.edition-postdates-incorporation")
                .status("CTIP-APPL-01", Status.MET);
    }

    @Test
    void aModificationIncorporatesANewerEditionFromItsDateAndItsThresholdBindsFromThen() {
        SubmissionFixture modified = awarded("MAR 2015", "2020-06-01")
                .set("/award/portions/0/estimatedValue", 525000)
                .set("/certifications", List.of()).set("/incidents", List.of()) // dated after the evaluation dates below
                .set("/award/clause/modifications", List.of(Map.of("number", "P00003", "date", "2021-03-01", "clauseDate", "OCT 2020")));
        // the day of the modification: OCT 2020 binds $550,000, so $525,000 no longer requires a plan
        ResultAssert on = modified.asOf("2021-03-01").evaluate()
                .fires("CTIP-APPL-04.threshold-550k")
                .doesNotFire("CTIP-APPL-04.threshold-500k")
                .doesNotFire("CTIP-APPL-04.not-yet-happened")
                .doesNotFire("CTIP-APPL-01.edition-postdates-incorporation");
        decidedOnceBy(on, "CTIP-APPL-04.plan-not-required", Outcome.NOT_REQUIRED);
        // the day before: the modification has not happened; MAR 2015 binds $500,000
        ResultAssert dayBefore = modified.asOf("2021-02-28").evaluate()
                .fires("CTIP-APPL-04.threshold-500k")
                .doesNotFire("CTIP-APPL-04.threshold-550k")
                .fires("CTIP-APPL-04.not-yet-happened");
        decidedOnceBy(dayBefore, "CTIP-APPL-04.plan-required", Outcome.REQUIRED);
        assertThat(dayBefore.finding("CTIP-APPL-04.not-yet-happened").evidence()).extracting(Evidence::pointer)
                .containsExactly("/award/clause/modifications/0/date");
    }

    @ParameterizedTest
    @CsvSource({"2020-09-30, true", "2020-10-01, false"})
    void aModificationDatedBeforeTheEditionTookEffectIsNamed(String modificationDate, boolean named) {
        ResultAssert result = awarded("MAR 2015", "2020-06-01")
                .set("/award/clause/modifications", List.of(Map.of("date", modificationDate, "clauseDate", "2020-10")))
                .evaluate();
        if (named) {
            result.fires("CTIP-APPL-01.edition-postdates-incorporation");
            assertThat(result.finding("CTIP-APPL-01.edition-postdates-incorporation").evidence()).extracting(Evidence::pointer)
                    .contains("/award/clause/modifications/0/clauseDate");
        } else {
            result.doesNotFire("CTIP-APPL-01.edition-postdates-incorporation");
        }
    }

    /** FAR 1.108(d)(1): the solicitation issued on or after OCT 2020's effective date (Oct 1, 2020) should carry it. */
    @ParameterizedTest
    @CsvSource({"2020-09-30, false", "2020-10-01, true"})
    void aSolicitationIssuedAfterANewerEditionTookEffectShouldHaveCarriedIt(String issued, boolean superseded) {
        ResultAssert result = awarded("JAN 2019", "2020-12-01").set("/award/solicitationDate", issued).evaluate();
        if (superseded) {
            result.fires("CTIP-APPL-01.superseded-at-solicitation").status("CTIP-APPL-01", Status.NOT_MET);
            assertThat(result.finding("CTIP-APPL-01.superseded-at-solicitation").message())
                    .contains("(OCT 2020)").contains("Government-side");
            assertThat(result.result().planDecision().threshold()).isEqualByComparingTo("500000"); // the contract's edition binds
        } else {
            result.doesNotFire("CTIP-APPL-01.superseded-at-solicitation").status("CTIP-APPL-01", Status.MET);
        }
    }

    @Test
    void theLatestEditionInEffectAtSolicitationIsTheOneNamed() {
        ResultAssert result = awarded("MAR 2015", "2022-02-01").set("/award/solicitationDate", "2021-12-06").evaluate()
                .fires("CTIP-APPL-01.superseded-at-solicitation");
        assertThat(result.finding("CTIP-APPL-01.superseded-at-solicitation").message()).contains("(NOV 2021)");
    }
}
