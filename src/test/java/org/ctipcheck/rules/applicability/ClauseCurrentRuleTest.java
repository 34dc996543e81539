package org.ctipcheck.rules.applicability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipcheck.rules.PlanDecisions.decidedOnceBy;

import java.time.LocalDate;
import org.ctipcheck.findings.Finding;
import org.ctipcheck.findings.PlanDecision.Outcome;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.ctipcheck.submission.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** rules/applicability/ctip-appl-01-clause-current.drl: the contract incorporates 52.222-50 of MAR 2015 or later. */
class ClauseCurrentRuleTest {

    private static SubmissionFixture clause(String clauseDate, String awardDate) {
        return SubmissionFixture.compliant().set("/award/clause/date", clauseDate).set("/award/awardDate", awardDate);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MAR 2015", "2015-03", "JAN 2019", "OCT 2020", "NOV 2021", "OCT 2025"})
    void aClauseOfMarch2015OrLaterIsCurrent(String clauseDate) {
        // awarded after every edition took effect (OCT 2025: Oct 1, 2025), so none postdates the award
        ResultAssert result = clause(clauseDate, "2025-10-15").evaluate()
                .fires("CTIP-APPL-01.clause-current")
                .doesNotFire("CTIP-APPL-01.clause-obsolete")
                .doesNotFire("CTIP-APPL-01.clause-predates-award-rules")
                .status("CTIP-APPL-01", Status.MET);
        assertThat(result.item("CTIP-APPL-01").evidence()).extracting(Evidence::pointer).containsExactly("/award/clause/date");
        decidedOnceBy(result, "CTIP-APPL-04.plan-required", Outcome.REQUIRED);
    }

    /**
     * Was MET: FAR 1.108(d)(2) lets a change into a solicitation issued before its effective date only "provided award of
     * the resulting contract(s) occurs on or after the effective date" (Mar 2, 2015), so MAR 2015 in a contract awarded
     * on Mar 1, 2015 is named as an input error (CTIP-APPL-01.edition-postdates-incorporation); its threshold still binds.
     */
    @Test
    void aMarch2015ClauseInAContractAwardedTheDayBeforeItsEffectiveDateIsNamed() {
        ResultAssert result = clause("MAR 2015", "2015-03-01").evaluate()
                .fires("CTIP-APPL-01.clause-current")
                .fires("CTIP-APPL-01.edition-postdates-incorporation")
                .doesNotFire("CTIP-APPL-01.clause-predates-award-rules")
                .status("CTIP-APPL-01", Status.NEEDS_REVIEW);
        decidedOnceBy(result, "CTIP-APPL-04.plan-required", Outcome.REQUIRED);
        clause("MAR 2015", "2015-03-02").evaluate()
                .fires("CTIP-APPL-01.clause-current")
                .doesNotFire("CTIP-APPL-01.edition-postdates-incorporation")
                .status("CTIP-APPL-01", Status.MET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"FEB 2009", "2015-02"})
    void aClauseBeforeMarch2015IsNotCurrent(String clauseDate) {
        SubmissionFixture.compliant().set("/award/clause/date", clauseDate).evaluate()
                .doesNotFire("CTIP-APPL-01.clause-current");
    }

    @Test
    void anEditionBeforeMarch2015InAContractAwardedOnOrAfterMarch2_2015IsObsolete() {
        ResultAssert result = clause("FEB 2009", "2023-06-15").evaluate()
                .fires("CTIP-APPL-01.clause-obsolete")
                .doesNotFire("CTIP-APPL-01.clause-current")
                .doesNotFire("CTIP-APPL-01.clause-predates-award-rules")
                .status("CTIP-APPL-01", Status.NOT_MET);
        Finding finding = result.finding("CTIP-APPL-01.clause-obsolete");
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.status()).isEqualTo(Status.NOT_MET);
        assertThat(finding.evidence()).containsExactly(
                Evidence.at("/award/clause/date", "FEB 2009"),
                Evidence.at("/award/awardDate", LocalDate.of(2023, 6, 15)));
        decidedOnceBy(result, "CTIP-APPL-04.clause-without-plan-paragraph", Outcome.NOT_REQUIRED);
    }

    @Test
    void anEditionBeforeMarch2015IsObsoleteFromTheEffectiveDateOfTheRewrite() {
        clause("2015-02", "2015-03-02").evaluate()
                .fires("CTIP-APPL-01.clause-obsolete")
                .doesNotFire("CTIP-APPL-01.clause-predates-award-rules")
                .status("CTIP-APPL-01", Status.NOT_MET);
    }

    @Test
    void anEditionBeforeMarch2015InAContractAwardedTheDayBeforeTheRewriteWasTheCurrentOne() {
        ResultAssert result = clause("FEB 2009", "2015-03-01").evaluate()
                .fires("CTIP-APPL-01.clause-predates-award-rules")
                .doesNotFire("CTIP-APPL-01.clause-obsolete")
                .doesNotFire("CTIP-APPL-01.clause-current")
                .status("CTIP-APPL-01", Status.MET);
        assertThat(result.item("CTIP-APPL-01").reason()).contains("2015-03-01");
        assertThat(result.item("CTIP-APPL-01").evidence()).containsExactly(Evidence.at("/award/clause/date", "FEB 2009"));
        assertThat(result.result().findings()).extracting(Finding::ruleId).doesNotContain("CTIP-APPL-01.clause-obsolete");
        decidedOnceBy(result, "CTIP-APPL-04.clause-without-plan-paragraph", Outcome.NOT_REQUIRED);
    }

    @Test
    void anEditionBeforeMarch2015WithoutAnAwardDateNeedsReviewRatherThanCountingAsCurrent() {
        ResultAssert result = SubmissionFixture.compliant().set("/award/clause/date", "FEB 2009").remove("/award/awardDate")
                .evaluate()
                .fires("CTIP-APPL-01.award-date-missing")
                .doesNotFire("CTIP-APPL-01.clause-predates-award-rules")
                .doesNotFire("CTIP-APPL-01.clause-obsolete")
                .status("CTIP-APPL-01", Status.NEEDS_REVIEW);
        Finding finding = result.finding("CTIP-APPL-01.award-date-missing");
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.evidence()).containsExactly(
                Evidence.at("/award/clause/date", "FEB 2009"), Evidence.at("/award/awardDate", null));
        decidedOnceBy(result, "CTIP-APPL-04.clause-without-plan-paragraph", Outcome.NOT_REQUIRED);
    }

    @Test
    void aMissingAwardDateDoesNotMatterForACurrentEdition() {
        SubmissionFixture.compliant().remove("/award/awardDate").evaluate()
                .doesNotFire("CTIP-APPL-01.award-date-missing")
                .fires("CTIP-APPL-01.clause-current")
                .status("CTIP-APPL-01", Status.MET);
    }

    @Test
    void aMissingClauseDateNeedsReview() {
        ResultAssert result = SubmissionFixture.compliant().remove("/award/clause/date").evaluate()
                .fires("CTIP-APPL-01.clause-date-missing")
                .doesNotFire("CTIP-APPL-01.clause-current")
                .doesNotFire("CTIP-APPL-01.clause-obsolete")
                .doesNotFire("CTIP-APPL-01.clause-predates-award-rules")
                .status("CTIP-APPL-01", Status.NEEDS_REVIEW);
        Finding finding = result.finding("CTIP-APPL-01.clause-date-missing");
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.status()).isEqualTo(Status.NEEDS_REVIEW);
        assertThat(finding.evidence()).containsExactly(Evidence.at("/award/clause/date", null));
        decidedOnceBy(result, "CTIP-APPL-04.required-under-every-threshold", Outcome.REQUIRED);
    }

    @Test
    void aGivenClauseDateIsNotReportedMissing() {
        SubmissionFixture.compliant().evaluate().doesNotFire("CTIP-APPL-01.clause-date-missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GRANT", "COOPERATIVE_AGREEMENT"})
    void grantsAndCooperativeAgreementsDoNotCarry52_222_50(String instrument) {
        ResultAssert result = SubmissionFixture.compliant().set("/award/instrument", instrument).evaluate()
                .fires("CTIP-APPL-01.assistance")
                .doesNotFire("CTIP-APPL-01.clause-current")
                .status("CTIP-APPL-01", Status.NOT_APPLICABLE);
        assertThat(result.item("CTIP-APPL-01").reason()).contains("2 CFR 175");
        assertThat(result.result().findings()).extracting(Finding::requirementId).doesNotContain("CTIP-APPL-01");
        // Nor is a grant told that its clause date is missing or obsolete.
        SubmissionFixture.compliant().set("/award/instrument", instrument).remove("/award/clause/date").evaluate()
                .doesNotFire("CTIP-APPL-01.clause-date-missing")
                .status("CTIP-APPL-01", Status.NOT_APPLICABLE);
        SubmissionFixture.compliant().set("/award/instrument", instrument).set("/award/clause/date", "FEB 2009").evaluate()
                .doesNotFire("CTIP-APPL-01.clause-obsolete")
                .status("CTIP-APPL-01", Status.NOT_APPLICABLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CONTRACT", "SUBCONTRACT", "TASK_ORDER", "DELIVERY_ORDER"})
    void contractsAndOrdersAreNotTreatedAsAssistance(String instrument) {
        SubmissionFixture.compliant().set("/award/instrument", instrument).evaluate()
                .doesNotFire("CTIP-APPL-01.assistance")
                .fires("CTIP-APPL-01.clause-current");
    }
}
