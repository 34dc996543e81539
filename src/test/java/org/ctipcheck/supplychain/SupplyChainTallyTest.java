package org.ctipcheck.supplychain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ctipcheck.findings.RiskLevel;
import org.ctipcheck.fixtures.AttestationFixture;
import org.ctipcheck.supplychain.SupplyChainSummary.SupplierRisk;
import org.junit.jupiter.api.Test;

class SupplyChainTallyTest {

    private static void add(SupplyChainTally tally, AttestationFixture fixture) {
        AttestationFixture.Result result = fixture.evaluate();
        tally.row(result.row(), result.findings(), RiskLevel.of(result.findings(), result.row().screening().listedRisk()));
    }

    private static AttestationFixture minorProblem(String supplierId) {
        return AttestationFixture.compliant().set("supplier_id", supplierId).set("supplier_name", "Supplier " + supplierId)
                .set("country", "CN").set("goods", "cotton").set("audit_type", "SELF_ASSESSMENT");
    }

    private static List<SupplierRisk> riskiest(SupplyChainTally tally) {
        return tally.summary("test.csv", "CSV", List.of(), List.of(), null).riskiestSuppliers();
    }

    @Test
    void aSupplierOnSeveralRowsIsListedOnceWithItsWorstRow() {
        SupplyChainTally tally = new SupplyChainTally();
        add(tally, minorProblem("S-1"));
        add(tally, minorProblem("S-1").set("xuar_inputs", "true"));
        add(tally, minorProblem("S-1"));
        add(tally, minorProblem("S-2"));

        List<SupplierRisk> top = riskiest(tally);

        assertThat(top).extracting(SupplierRisk::supplierId).containsExactly("S-1", "S-2");
        assertThat(top.get(0).ruleIds()).anyMatch(rule -> rule.startsWith("CTIP-SC-04"));
        assertThat(top.get(0).score()).isGreaterThan(top.get(1).score());
    }

    @Test
    void keepsTheRiskiestSuppliersWhenThereAreMoreThanItLists() {
        SupplyChainTally tally = new SupplyChainTally();
        for (int i = 0; i < SupplyChainTally.RISKIEST_KEPT + 10; i++) {
            add(tally, minorProblem("M-" + i));
        }
        add(tally, minorProblem("LATE").set("xuar_inputs", "true"));
        add(tally, minorProblem("LATE"));

        List<SupplierRisk> top = riskiest(tally);

        assertThat(top).hasSize(SupplyChainTally.RISKIEST_KEPT);
        assertThat(top.get(0).supplierId()).isEqualTo("LATE");
        assertThat(top).extracting(SupplierRisk::supplierId).doesNotHaveDuplicates();
    }
}
