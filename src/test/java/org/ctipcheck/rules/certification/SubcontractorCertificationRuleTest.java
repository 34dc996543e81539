package org.ctipcheck.rules.certification;

import static org.assertj.core.api.Assertions.assertThat;

import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A subcontractor submitting its own plan (rules/certification/ctip-cert-01-pre-award.drl, ctip-appl-03-certification-provision.drl),
 * written from FAR 52.222-50(i)(2): "If any subcontractor is required by this clause to submit a certification, the Contractor
 * shall require submission prior to the award of the subcontract and annually thereafter."
 */
class SubcontractorCertificationRuleTest {

    private static SubmissionFixture subcontractor(Boolean solicitationIncludesProvision) {
        return SubmissionFixture.compliant()
                .set("/award/instrument", "SUBCONTRACT")
                .set("/organization/role", "SUBCONTRACTOR")
                .set("/award/solicitationIncludes52_222_56", solicitationIncludesProvision);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aSubcontractorWithoutAPreAwardCertificationHasAFindingWhateverTheSolicitationHeld(boolean provision) {
        ResultAssert result = subcontractor(provision).remove("/certifications/0").evaluate()
                .fires("CTIP-CERT-01.due-to-prime")
                .doesNotFire("CTIP-CERT-01.due-to-contracting-officer")
                .fires("CTIP-CERT-01.missing")
                .doesNotFire("CTIP-CERT-01.provision-absent")
                .status("CTIP-CERT-01", Status.NOT_MET);
        assertThat(result.finding("CTIP-CERT-01.missing").severity()).isEqualTo(Severity.BLOCKER);
        assertThat(result.finding("CTIP-CERT-01.missing").message()).contains("to the prime contractor");
    }

    @Test
    void aSubcontractorsCertificationUnknownProvisionIsNoGovernmentSideOmission() {
        ResultAssert result = subcontractor(null).evaluate()
                .fires("CTIP-CERT-01.met")
                .doesNotFire("CTIP-CERT-01.provision-unknown")
                .fires("CTIP-APPL-03.subcontractor")
                .doesNotFire("CTIP-APPL-03.provision-unknown")
                .status("CTIP-APPL-03", Status.NOT_APPLICABLE);
        assertThat(result.result().findings()).noneMatch(f -> f.ruleId().startsWith("CTIP-APPL-03"));
        subcontractor(false).evaluate().doesNotFire("CTIP-APPL-03.provision-missing").status("CTIP-APPL-03", Status.NOT_APPLICABLE);
    }

    @Test
    void aSubcontractorsCertificationSignedAfterTheSubcontractAwardIsLate() {
        subcontractor(false).set("/certifications/0/date", "2023-06-16").evaluate()
                .fires("CTIP-CERT-01.signed-after-award");
        subcontractor(false).set("/certifications/0/date", "2023-06-15").evaluate()
                .doesNotFire("CTIP-CERT-01.signed-after-award")
                .fires("CTIP-CERT-01.met");
    }

    @Test
    void aPrimeWhoseSolicitationLackedTheProvisionOwesNoPreAwardCertification() {
        SubmissionFixture.compliant().set("/award/solicitationIncludes52_222_56", false).remove("/certifications/0").evaluate()
                .doesNotFire("CTIP-CERT-01.due-to-contracting-officer")
                .doesNotFire("CTIP-CERT-01.due-to-prime")
                .doesNotFire("CTIP-CERT-01.missing")
                .fires("CTIP-CERT-01.provision-absent")
                .fires("CTIP-APPL-03.provision-missing")
                .doesNotFire("CTIP-APPL-03.subcontractor");
        SubmissionFixture.compliant().evaluate().fires("CTIP-CERT-01.due-to-contracting-officer");
    }
}
