package org.ctipcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReportWriterTest {
    private final CsvReportWriter writer = new CsvReportWriter();

    @Test
    void sampleReportMatchesItsGoldenFile() {
        Golden.assertMatches("10-subcontract-supplies-fee-ban-gaps.findings.csv",
                writer.write(ReportSamples.sample(ReportSamples.SAMPLE_10)));
    }

    @Test
    void oneRowPerFindingThenOnePerChecklistItemUnderAHeader() {
        EvaluationReport report = ReportSamples.sample(ReportSamples.SAMPLE_10);

        List<List<String>> rows = parse(writer.write(report));

        assertThat(rows.get(0)).isEqualTo(CsvReportWriter.COLUMNS);
        assertThat(rows).hasSize(1 + report.result().findings().size() + report.result().checklist().size()
                + report.referenceListsUsed().size());
        assertThat(rows.get(1).get(0)).isEqualTo("finding");
        assertThat(rows.get(1).get(5)).isEqualTo("MAJOR");
        assertThat(rows.get(rows.size() - 2).get(0)).isEqualTo("checklist");
        assertThat(rows.get(rows.size() - 1)).startsWith("reference-list");
        assertThat(rows.get(rows.size() - 1).get(4)).isEqualTo("eo13126");
        assertThat(rows.get(rows.size() - 1).get(6)).isEqualTo("STALE (older than 24 months on 2026-03-01)"); // complete as of its date, stale since 2021-03-26 (lists.yaml)
        assertThat(rows.get(rows.size() - 1).get(6)).doesNotContain("PARTIAL");
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(CsvReportWriter.COLUMNS.size()));
    }

    @Test
    void hostileStringsSurviveQuotingAndCannotBecomeFormulas() {
        EvaluationReport report = ReportSamples.hostile();

        List<List<String>> rows = parse(writer.write(report));

        List<String> first = rows.get(1);
        assertThat(first.get(1)).isEqualTo(report.submission().awardId());
        assertThat(first.get(2)).isEqualTo(report.submission().organization());
        assertThat(first.get(9)).isEqualTo(report.result().findings().get(0).message());
        assertThat(first.get(10)).startsWith("'" + ReportSamples.FORMULA);
        assertThat(rows).allSatisfy(row -> assertThat(row).allSatisfy(cell ->
                assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")));
    }

    @Test
    void reportsWithNoFindingsOrTenThousandHaveOneRowEach() {
        assertThat(parse(writer.write(ReportSamples.withFindings(0)))).hasSize(1 + 12);
        assertThat(parse(writer.write(ReportSamples.withFindings(10_000)))).hasSize(1 + 10_000 + 12);
    }

    /** A strict RFC 4180 reader: quoted cells, doubled quotes, CRLF records. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        assertThat(row).as("the last record ends with CRLF").isEmpty();
        return rows;
    }

    @Test
    void supplyChainRowsFollowTheChecklistInTheSameColumnsToldApartByRecord() {
        EvaluationReport report = ReportSamples.withSupplyChain();

        List<List<String>> rows = parse(writer.write(report));

        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(CsvReportWriter.COLUMNS.size()));
        List<String> records = rows.stream().skip(1).map(row -> row.get(0)).distinct().toList();
        assertThat(records).containsExactly("finding", "checklist", "reference-list", "supply-chain",
                "supply-chain-list-notice", "supply-chain-count", "supply-chain-supplier", "supply-chain-rejected");
        assertThat(rows).filteredOn(row -> row.get(0).equals("reference-list")).extracting(row -> row.get(4))
                .containsExactly("eo13126", "tip-tiers", "uflpa");
        List<String> summary = rows.stream().filter(row -> row.get(0).equals("supply-chain")).findFirst().orElseThrow();
        assertThat(summary.get(8)).isEqualTo("suppliers.csv");
        assertThat(summary.get(9)).isEqualTo("rows read 12 = evaluated 10 + rejected 2");
        assertThat(rows).filteredOn(row -> row.get(0).equals("supply-chain-count") && row.get(8).equals("rule"))
                .extracting(row -> row.get(4) + " " + row.get(10))
                .containsExactly("CTIP-SC-04.uflpa-match findings = 2", "CTIP-SC-02.no-certification findings = 5");
        assertThat(rows).filteredOn(row -> row.get(0).equals("supply-chain-count") && row.get(8).equals("country"))
                .extracting(row -> row.get(9)).containsExactly("CN", "JP", "SA", "IL");
        assertThat(rows).filteredOn(row -> row.get(0).equals("supply-chain-supplier")).first()
                .satisfies(row -> assertThat(row.get(6)).isEqualTo("CRITICAL"))
                .satisfies(row -> assertThat(row.get(8)).isEqualTo(ReportSamples.CHINESE));
        assertThat(rows).filteredOn(row -> row.get(0).equals("supply-chain-rejected")).extracting(row -> row.get(9))
                .containsExactly("country 'Atlantis' is not an ISO 3166-1 country", "supplier_id is missing");
    }
}
