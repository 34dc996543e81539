package org.ctipcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.ctipcheck.findings.EvaluationResult;
import org.ctipcheck.fixtures.AttestationFixture;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.ctipcheck.fixtures.TestRules;
import org.ctipcheck.intake.ReadSubmission;
import org.ctipcheck.submission.ContractTerms;
import org.junit.jupiter.api.Test;

/**
 * The contract terms the supply-chain rules read come from the submission checked with the attestation: DoD from
 * award.department, the certification threshold from the clause edition as the applicability rules derive it
 * (CTIP-APPL-04), so CTIP-SC-06 turns at exactly the threshold the clause binds (FAR 52.222-50(i)(1)(ii), (i)(2)).
 */
class SupplyChainContractTermsTest {

    private static ContractTerms terms(SubmissionFixture submission) throws Exception {
        ReadSubmission read = submission.read();
        EvaluationResult result = TestRules.evaluator().evaluate(read.facts(), SubmissionFixture.AS_OF);
        return SupplyChainStep.terms(read.facts().award(), result.planDecision());
    }

    @Test
    void aNov2021DodContractBindsTheFiveHundredFiftyThousandDollarThreshold() throws Exception {
        ContractTerms terms = terms(SubmissionFixture.compliant());
        assertThat(terms.defense()).isTrue();
        assertThat(terms.certificationThreshold()).isEqualByComparingTo("550000");
        assertThat(terms.workDocumentsRequired()).isTrue();
        AttestationFixture.compliant().set("pre_award_cert_date", "").set("covered_value", "550001").evaluate(terms)
                .fires("CTIP-SC-06.pre-award-missing");
        AttestationFixture.compliant().set("pre_award_cert_date", "").set("covered_value", "550000").evaluate(terms)
                .doesNotFire("CTIP-SC-06.pre-award-missing");
    }

    @Test
    void aCivilianOct2025ContractBindsSevenHundredThousand() throws Exception {
        ContractTerms terms = terms(SubmissionFixture.compliant().set("/award/department", "OTHER")
                .set("/award/clause/date", "OCT 2025"));
        assertThat(terms.defense()).isFalse();
        assertThat(terms.certificationThreshold()).isEqualByComparingTo(new BigDecimal("700000"));
        AttestationFixture.compliant().set("pre_award_cert_date", "").set("covered_value", "700001").evaluate(terms)
                .fires("CTIP-SC-06.pre-award-missing");
        AttestationFixture.compliant().set("pre_award_cert_date", "").set("covered_value", "700000").evaluate(terms)
                .doesNotFire("CTIP-SC-06.pre-award-missing");
    }

    @Test
    void aClauseDateNotGivenLeavesTheThresholdUnknown() throws Exception {
        ContractTerms terms = terms(SubmissionFixture.compliant().remove("/award/clause/date"));
        assertThat(terms.thresholdUnknown()).isTrue();
    }
}
