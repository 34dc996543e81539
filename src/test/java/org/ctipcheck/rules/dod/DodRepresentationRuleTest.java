package org.ctipcheck.rules.dod;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;

class DodRepresentationRuleTest {
    private static final String REPRESENTATION = "/dod/representation";

    @Test
    void meetsTheRequirementWhenTheRepresentationIsSupportedAndBothNoticesAreGiven() {
        SubmissionFixture.compliant().evaluate()
                .fires("CTIP-DOD-01.met")
                .doesNotFire("CTIP-DOD-01.not-supported")
                .doesNotFire("CTIP-DOD-01.notice-missing")
                .doesNotFire("CTIP-DOD-01.incomplete")
                .doesNotFire("CTIP-DOD-01.not-dod")
                .doesNotFire("CTIP-DOD-01.representation-not-described")
                .doesNotFire("CTIP-DOD-01.representation-not-incorporated")
                .status("CTIP-DOD-01", Status.MET);
    }

    @Test
    void doesNotApplyToAStateDepartmentContract() {
        SubmissionFixture.compliant().set("/award/department", "STATE")
                .set(REPRESENTATION + "/whistleblowerProtectionNotified", false).evaluate()
                .fires("CTIP-DOD-01.not-dod")
                .doesNotFire("CTIP-DOD-01.notice-missing")
                .doesNotFire("CTIP-DOD-01.met")
                .status("CTIP-DOD-01", Status.NOT_APPLICABLE);
    }

    @Test
    void doesNotApplyWhenTheDepartmentIsNotGiven() {
        SubmissionFixture.compliant().remove("/award/department").evaluate()
                .fires("CTIP-DOD-01.not-dod")
                .status("CTIP-DOD-01", Status.NOT_APPLICABLE);
    }

    @Test
    void doesNotApplyToAGrantEvenFromDefense() {
        SubmissionFixture.compliant().set("/award/instrument", "GRANT").evaluate()
                .doesNotFire("CTIP-DOD-01.not-dod")
                .doesNotFire("CTIP-DOD-01.met")
                .status("CTIP-DOD-01", Status.NOT_APPLICABLE);
    }

    @Test
    void doesNotApplyWhenTheContractDoesNotListTheRepresentation() {
        SubmissionFixture.compliant().set("/award/otherClauses", List.of("252.225-7060")).evaluate()
                .fires("CTIP-DOD-01.representation-not-incorporated")
                .doesNotFire("CTIP-DOD-01.met")
                .status("CTIP-DOD-01", Status.NOT_APPLICABLE);
    }

    @Test
    void flagsAMissingWhistleblowerNotice() {
        ResultAssert result = SubmissionFixture.compliant().set(REPRESENTATION + "/whistleblowerProtectionNotified", false).evaluate()
                .fires("CTIP-DOD-01.notice-missing")
                .doesNotFire("CTIP-DOD-01.met")
                .status("CTIP-DOD-01", Status.NOT_MET);
        assertThat(result.finding("CTIP-DOD-01.notice-missing").severity()).isEqualTo(Severity.MINOR);
        assertThat(result.finding("CTIP-DOD-01.notice-missing").message()).contains("whistleblower reprisal protection");
    }

    @Test
    void flagsAMissingReportingDutyNotice() {
        ResultAssert result = SubmissionFixture.compliant().set(REPRESENTATION + "/employeesNotifiedOfReportingDuty", false).evaluate()
                .fires("CTIP-DOD-01.notice-missing");
        assertThat(result.finding("CTIP-DOD-01.notice-missing").message()).contains("the duty to report violations");
    }

    @Test
    void blocksARepresentationWithoutHiringAndSubcontractingPolicies() {
        ResultAssert result = SubmissionFixture.compliant().set(REPRESENTATION + "/hiringAndSubcontractingPolicies", false).evaluate()
                .fires("CTIP-DOD-01.not-supported")
                .doesNotFire("CTIP-DOD-01.met")
                .status("CTIP-DOD-01", Status.NOT_MET);
        assertThat(result.finding("CTIP-DOD-01.not-supported").severity()).isEqualTo(Severity.MINOR);
    }

    @Test
    void blocksWhenTheRepresentationWasNotMade() {
        SubmissionFixture.compliant().set(REPRESENTATION + "/made", false).evaluate()
                .fires("CTIP-DOD-01.not-supported")
                .status("CTIP-DOD-01", Status.NOT_MET);
    }

    @Test
    void asksForAnUnstatedElement() {
        SubmissionFixture.compliant().set(REPRESENTATION + "/whistleblowerProtectionNotified", null).evaluate()
                .fires("CTIP-DOD-01.incomplete")
                .doesNotFire("CTIP-DOD-01.met")
                .status("CTIP-DOD-01", Status.NEEDS_REVIEW);
    }

    @Test
    void asksForTheRepresentationWhenTheSectionIsMissing() {
        SubmissionFixture.compliant().remove(REPRESENTATION).evaluate()
                .fires("CTIP-DOD-01.representation-not-described")
                .doesNotFire("CTIP-DOD-01.met")
                .status("CTIP-DOD-01", Status.NEEDS_REVIEW);
    }
}
