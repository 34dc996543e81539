package org.ctipcheck.rules.clause;

import static org.assertj.core.api.Assertions.assertThat;

import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;

/**
 * FAR 52.222-50(d)(1): "The Contractor shall inform the Contracting Officer and the agency Inspector General
 * immediately of- (i) Any credible information it receives ...; and (ii) Any actions taken against a Contractor
 * employee, subcontractor, subcontractor employee, or their agent pursuant to this clause." The time for (i) runs from
 * the day the information was found credible (CTIP-NOTIF-01); (ii) is "immediately" too, from the day the actions were
 * taken (CTIP-NOTIF-02). The fixture's incident was received on 2025-09-02; the window is one day.
 */
class CredibleInformationTimingRuleTest {
    private static final String INCIDENT = "/incidents/0";
    private static final String CO = INCIDENT + "/contractingOfficerNotifiedOn";
    private static final String IG = INCIDENT + "/inspectorGeneralNotifiedOn";

    /** Found credible 2025-09-05: notices on 2025-09-06 are the next day, immediate (CTIP-NOTIF-01.incident-reported-late does not fire). */
    @Test
    void countsFromTheDayTheInformationWasFoundCredible() {
        SubmissionFixture.compliant().set(INCIDENT + "/foundCredibleOn", "2025-09-05").set(CO, "2025-09-06").set(IG, "2025-09-06").evaluate()
                .doesNotFire("CTIP-NOTIF-01.incident-reported-late")
                .fires("CTIP-NOTIF-01.met")
                .status("CTIP-NOTIF-01", Status.MET);
    }

    /** One day more (2025-09-07, two days after found credible) is late: CTIP-NOTIF-01.incident-reported-late. */
    @Test
    void isLateTwoDaysAfterTheInformationWasFoundCredible() {
        ResultAssert result = SubmissionFixture.compliant().set(INCIDENT + "/foundCredibleOn", "2025-09-05").set(CO, "2025-09-06")
                .set(IG, "2025-09-07").evaluate()
                .fires("CTIP-NOTIF-01.incident-reported-late")
                .doesNotFire("CTIP-NOTIF-01.met")
                .status("CTIP-NOTIF-01", Status.NOT_MET);
        assertThat(result.finding("CTIP-NOTIF-01.incident-reported-late").message())
                .contains("received on 2025-09-02, found credible on 2025-09-05");
    }

    /** Without the date found credible, the same notices count from receipt and are late. */
    @Test
    void countsFromReceiptWhenTheDateFoundCredibleIsNotGiven() {
        SubmissionFixture.compliant().set(CO, "2025-09-06").set(IG, "2025-09-06").evaluate()
                .fires("CTIP-NOTIF-01.incident-reported-late");
    }

    /** A notice never given is due the day after the day found credible, not the day after receipt. */
    @Test
    void anUntoldNoticeIsDueFromTheDayFoundCredible() {
        SubmissionFixture.compliant().set(INCIDENT + "/foundCredibleOn", "2025-09-05").set(IG, null).asOf("2025-09-06").evaluate()
                .doesNotFire("CTIP-NOTIF-01.incident-not-reported");
        SubmissionFixture.compliant().set(INCIDENT + "/foundCredibleOn", "2025-09-05").set(IG, null).asOf("2025-09-07").evaluate()
                .fires("CTIP-NOTIF-01.incident-not-reported");
    }

    /** A date "found credible" before receipt is not a later start: the time runs from receipt. */
    @Test
    void ignoresADateFoundCredibleBeforeReceipt() {
        SubmissionFixture.compliant().set(INCIDENT + "/foundCredibleOn", "2025-08-01").evaluate()
                .doesNotFire("CTIP-NOTIF-01.incident-reported-late")
                .fires("CTIP-NOTIF-01.met");
    }

    /** (d)(1)(ii): actions taken 2025-09-19 and reported 2025-09-20 are reported immediately. */
    @Test
    void actionsReportedTheDayAfterTheyWereTakenAreImmediate() {
        SubmissionFixture.compliant().set(INCIDENT + "/actionsTakenOn", "2025-09-19").evaluate()
                .doesNotFire("CTIP-NOTIF-02.actions-reported-late")
                .fires("CTIP-NOTIF-02.met")
                .status("CTIP-NOTIF-02", Status.MET);
    }

    /** Two days after they were taken is late: CTIP-NOTIF-02.actions-reported-late, MAJOR. */
    @Test
    void actionsReportedTwoDaysAfterTheyWereTakenAreLate() {
        ResultAssert result = SubmissionFixture.compliant().set(INCIDENT + "/actionsTakenOn", "2025-09-18").evaluate()
                .fires("CTIP-NOTIF-02.actions-reported-late")
                .doesNotFire("CTIP-NOTIF-02.met")
                .doesNotFire("CTIP-NOTIF-02.actions-not-reported")
                .status("CTIP-NOTIF-02", Status.NOT_MET);
        assertThat(result.finding("CTIP-NOTIF-02.actions-reported-late").severity()).isEqualTo(Severity.MAJOR);
        assertThat(result.finding("CTIP-NOTIF-02.actions-reported-late").message())
                .contains("actions taken on 2025-09-18 were reported on 2025-09-20");
    }

    /** Not yet reported, but the window since they were taken is still open: not yet a gap. */
    @Test
    void anUnreportedActionIsNotYetDueOnTheLastDayOfTheWindow() {
        SubmissionFixture open = SubmissionFixture.compliant().set(INCIDENT + "/actionsTakenOn", "2026-02-28")
                .set(INCIDENT + "/actionsReportedOn", null);
        open.evaluate()
                .fires("CTIP-NOTIF-02.actions-report-not-yet-due")
                .doesNotFire("CTIP-NOTIF-02.actions-not-reported")
                .status("CTIP-NOTIF-02", Status.NEEDS_REVIEW);
        SubmissionFixture.compliant().set(INCIDENT + "/actionsTakenOn", "2026-02-27").set(INCIDENT + "/actionsReportedOn", null).evaluate()
                .fires("CTIP-NOTIF-02.actions-not-reported")
                .doesNotFire("CTIP-NOTIF-02.actions-report-not-yet-due")
                .status("CTIP-NOTIF-02", Status.NOT_MET);
    }
}
