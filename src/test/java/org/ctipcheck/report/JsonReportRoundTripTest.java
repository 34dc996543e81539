package org.ctipcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved JSON report renders again with everything the formats show: supply chain and reference lists too. */
class JsonReportRoundTripTest {

    @Test
    void supplyChainAndReferenceListsSurviveSavingAndReading(@TempDir Path dir) throws Exception {
        EvaluationReport report = ReportSamples.withSupplyChain();
        Path file = Files.writeString(dir.resolve("r.json"), new JsonReportWriter().write(report), StandardCharsets.UTF_8);

        EvaluationReport read = new JsonReportReader().read(file).get(0);

        assertThat(read.referenceListsUsed()).isEqualTo(report.referenceListsUsed());
        assertThat(read.supplyChain().rowsRead()).isEqualTo(12);
        assertThat(read.supplyChain().riskiestSuppliers()).isEqualTo(report.supplyChain().riskiestSuppliers());
        assertThat(read.supplyChain().byCountry()).containsExactlyEntriesOf(report.supplyChain().byCountry());
        assertThat(read.supplyChain().rejected()).isEqualTo(report.supplyChain().rejected());
        assertThat(read.supplyChain().listFindings().get(0).rule().id()).isEqualTo("CTIP-SC-08.partial-list");
        for (ReportFormat format : new ReportFormat[] {ReportFormat.HTML, ReportFormat.CSV, ReportFormat.OSCAL,
                ReportFormat.TEXT, ReportFormat.JSON}) {
            assertThat(new String(ReportRenderers.render(format, read), StandardCharsets.UTF_8)).as(format.name())
                    .isEqualTo(new String(ReportRenderers.render(format, report), StandardCharsets.UTF_8));
        }
    }

    @Test
    void jsonNamesEachListUsedWithItsDateAndWhetherItIsStale() {
        String json = new JsonReportWriter().write(ReportSamples.withSupplyChain());

        assertThat(json).contains("\"referenceLists\" : [ {").contains("\"id\" : \"eo13126\"")
                .contains("\"asOf\" : \"2019-03-25\"").contains("\"stale\" : true").contains("\"partial\" : true");
    }

    @Test
    void textReportListsTheEditionsWithoutASupplyChainToo() {
        String text = new TextReportWriter().write(ReportSamples.withFindings(1).withReferenceLists(
                java.util.List.of(ReportSamples.EO13126)));

        // a list's line is wrapped at the report's width: read it with its continuation lines joined
        assertThat(text.replaceAll("\n +", " ")).contains("REFERENCE LISTS").contains("E.O. 13126 List of Products")
                .contains("84 FR 11123, as of 2019-03-25 (STALE (older than 24 months on 2026-03-01); PARTIAL)");
    }

    /** Issue 15: the report rendered straight to bytes (as the service sends it) is the text report's UTF-8, byte for byte. */
    @Test
    void theJsonRenderedAsBytesIsTheJsonTextInUtf8() throws Exception {
        for (EvaluationReport report : java.util.List.of(ReportSamples.withSupplyChain(), ReportSamples.withFindings(3))) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            new JsonReportWriter().write(report, bytes);

            assertThat(bytes.toByteArray()).isEqualTo(new JsonReportWriter().write(report).getBytes(StandardCharsets.UTF_8));
            assertThat(ReportRenderers.render(ReportFormat.JSON, report)).isEqualTo(bytes.toByteArray());
        }
    }
}
