package org.ctipcheck.rules.supplychain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ctipcheck.findings.RowFinding;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.AttestationFixture;
import org.ctipcheck.submission.ScreenFailure;
import org.ctipcheck.submission.SupplyChainContext;
import org.junit.jupiter.api.Test;

/** CTIP-SC-01.not-screened: an attestation that could not be screened is reported, never silently skipped. */
class ScreenFailureRuleTest {
    private static final SupplyChainContext TODAY = new SupplyChainContext(LocalDate.of(2026, 3, 1));

    @Test
    void firesOnAnAttestationThatCouldNotBeScreened() {
        List<RowFinding> findings = AttestationFixture.evaluator()
                .evaluateFailure(new ScreenFailure("suppliers.csv", "the file is empty"), TODAY);

        new AttestationFixture.Result(null, findings).fires("CTIP-SC-01.not-screened");
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).status()).isEqualTo(Status.NEEDS_REVIEW);
        assertThat(findings.get(0).message()).contains("suppliers.csv").contains("the file is empty")
                .contains("None of its rows was checked");
    }

    @Test
    void doesNotFireOnScreenedRowsOrListsEvenWhenTheyHaveFindings() {
        AttestationFixture.compliant().set("id_documents_held", "true").evaluate()
                .doesNotFire("CTIP-SC-01.not-screened");
        AttestationFixture.evaluateLists(List.of(), LocalDate.of(2026, 3, 1)).doesNotFire("CTIP-SC-01.not-screened");
    }
}
