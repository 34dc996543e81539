package org.ctipcheck.supplychain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.ctipcheck.findings.RiskLevel;
import org.ctipcheck.findings.RowFinding;
import org.ctipcheck.fixtures.AttestationFixture;
import org.ctipcheck.submission.AttestationRow;
import org.junit.jupiter.api.Test;

class FindingsFileTest {

    private static AttestationFixture.Result fees() {
        return AttestationFixture.compliant().set("supplier_id", "S,1").set("recruitment_fees_charged", "true").evaluate();
    }

    @Test
    void csvHasOneQuotedLinePerFindingAndOnePerRejectedRow() throws IOException {
        AttestationFixture.Result result = fees();
        StringWriter out = new StringWriter();
        try (FindingsFile file = FindingsFile.to(out, false)) {
            file.row(result.row(), result.findings(), RiskLevel.CRITICAL);
            file.rejected(7, "bad quoting: \"x\"");
        }
        assertThat(out.toString().lines().toList()).containsExactly(FindingsFile.CSV_HEADER,
                "2,\"S,1\",CRITICAL,CTIP-SC-ILO.worker-paid-fees,CTIP-SC-ILO,BLOCKER,NOT_MET,Recruitment fees charged to workers.",
                "7,,REJECTED,,,,REJECTED,\"bad quoting: \"\"x\"\"\"");
    }

    @Test
    void jsonLinesHasOneObjectPerRowAndLeavesOutLowRiskRowsWithoutFindings() throws IOException {
        AttestationFixture.Result result = fees();
        AttestationRow quiet = AttestationFixture.compliant().row();
        StringWriter out = new StringWriter();
        try (FindingsFile file = FindingsFile.to(out, true)) {
            file.row(quiet, List.<RowFinding>of(), RiskLevel.LOW);
            file.row(result.row(), result.findings(), RiskLevel.CRITICAL);
        }
        assertThat(out.toString().lines().toList()).singleElement().asString()
                .startsWith("{\"line\":2,\"supplierId\":\"S,1\",\"riskLevel\":\"CRITICAL\",\"findings\":[{\"ruleId\":\"CTIP-SC-ILO.worker-paid-fees\"");
    }
}
