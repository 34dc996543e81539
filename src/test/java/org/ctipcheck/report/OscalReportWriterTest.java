package org.ctipcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** OSCAL output is checked against NIST's official OSCAL 1.1.2 Assessment Results JSON schema (draft-07). */
class OscalReportWriterTest {
    private static JsonSchema schema;
    private final OscalReportWriter writer = new OscalReportWriter();

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = OscalReportWriterTest.class.getResourceAsStream("/schema/json/oscal-ar_schema.json")) {
            assertThat(in).as("oscal-ar_schema.json from gov.nist.secauto.oscal:liboscal-java").isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    private static Set<ValidationMessage> validate(String json) throws Exception {
        return schema.validate(new ObjectMapper().readTree(json));
    }

    @Test
    void sampleReportIsValidOscalAssessmentResults() throws Exception {
        assertThat(validate(writer.write(ReportSamples.sample(ReportSamples.SAMPLE_10)))).isEmpty();
        assertThat(validate(writer.write(ReportSamples.sample(ReportSamples.SAMPLE_01)))).isEmpty();
    }

    @Test
    void reportsWithNoFindingsManyFindingsOrHostileStringsAreValid() throws Exception {
        assertThat(validate(writer.write(ReportSamples.withFindings(0)))).isEmpty();
        assertThat(validate(writer.write(ReportSamples.withFindings(500)))).isEmpty();
        assertThat(validate(writer.write(ReportSamples.hostile()))).isEmpty();
    }

    @Test
    void aRecordedEvaluationNamesItsAuditRecordInTheMetadataAndStaysValid() throws Exception {
        String head = "fedcba9876543210".repeat(4);
        String oscal = writer.write(ReportSamples.sample(ReportSamples.SAMPLE_10)
                .withAudit(new EvaluationReport.AuditInfo("5f0c8a1e-2b7d-4c11-9a3e-7d2b6c9e4f10", 42, head)));

        assertThat(validate(oscal)).isEmpty();
        JsonNode props = JsonMapper.builder().build().readTree(oscal).path("assessment-results").path("metadata")
                .path("props");
        assertThat(props.toString()).contains("\"audit-evaluation-id\"").contains("5f0c8a1e-2b7d-4c11-9a3e-7d2b6c9e4f10")
                .contains("\"audit-sequence\"").contains("\"42\"").contains("\"audit-chain-head\"").contains(head);
    }

    @Test
    void schemaRejectsADocumentWithoutResults() throws Exception {
        assertThat(validate("{\"assessment-results\":{\"uuid\":\"x\"}}")).isNotEmpty();
    }

    @Test
    void everyRequirementIsAFindingAndEveryGapAnObservationWithEvidence() {
        EvaluationReport report = ReportSamples.sample(ReportSamples.SAMPLE_10);
        JsonNode result = JsonMapper.builder().build().readTree(writer.write(report))
                .path("assessment-results").path("results").get(0);

        assertThat(result.path("findings").size()).isEqualTo(report.result().checklist().size());
        assertThat(result.path("observations").size()).isEqualTo(report.result().findings().size());
        JsonNode feeBan = null;
        for (JsonNode finding : result.path("findings")) {
            if (finding.path("target").path("target-id").asString().equals("CTIP-PLAN-05b")) {
                feeBan = finding;
            }
        }
        assertThat(feeBan).isNotNull();
        assertThat(feeBan.path("target").path("status").path("state").asString()).isEqualTo("not-satisfied");
        // The ban leaves out ways of paying (MAJOR) and does not say which kinds of fee it reaches (for review).
        assertThat(feeBan.path("related-observations").size()).isEqualTo(2);
        JsonNode observation = result.path("observations").get(0);
        assertThat(observation.path("relevant-evidence").get(0).path("description").asString())
                .contains("/compliancePlan/recruitmentAndWage/feeBanCovers");
        assertThat(result.path("props").toString()).contains("NON_COMPLIANT");
    }

    @Test
    void sameEvaluationGivesTheSameIdentifiers() {
        EvaluationReport report = ReportSamples.sample(ReportSamples.SAMPLE_10);

        assertThat(writer.write(report)).isEqualTo(writer.write(report));
    }

    @Test
    void hostileMarkupStaysTextInMarkdownFields() {
        JsonNode result = JsonMapper.builder().build().readTree(writer.write(ReportSamples.hostile()))
                .path("assessment-results").path("results").get(0);

        for (String markdown : new String[] {result.path("title").asString(),
                result.path("observations").get(0).path("description").asString(),
                result.path("local-definitions").path("components").get(0).path("description").asString()}) {
            assertThat(markdown).doesNotContain("<script>").contains("\\<script\\>");
        }
    }

    @Test
    void supplyChainAndReferenceListsAreObservationsFindingsAndResourcesAndStillValid() throws Exception {
        EvaluationReport report = ReportSamples.withSupplyChain();
        String json = writer.write(report);

        assertThat(validate(json)).isEmpty();
        assertThat(validate(writer.write(ReportSamples.eastAsian()))).isEmpty();
        assertThat(validate(writer.write(ReportSamples.hostile().withSupplyChain(ReportSamples.supplyChain())))).isEmpty();
        JsonNode ar = JsonMapper.builder().build().readTree(json).path("assessment-results");
        JsonNode resources = ar.path("back-matter").path("resources");
        assertThat(resources.findValuesAsString("title")).contains("DHS UFLPA Entity List", "State Department"
                + " Trafficking in Persons Report tier placements", "Supplier attestation file suppliers.csv");
        assertThat(resources.toString()).contains("\"name\":\"as-of\"").contains("\"value\":\"2025-09-29\"")
                .contains("\"name\":\"stale\"");
        assertThat(ar.path("local-definitions").path("activities").get(0).path("links").size()).isEqualTo(3);
        JsonNode result = ar.path("results").get(0);
        int findingObservations = report.result().findings().size();
        // summary, one per rule (2), one per list notice (1), rejected rows (1)
        assertThat(result.path("observations").size()).isEqualTo(findingObservations + 5);
        JsonNode summary = result.path("observations").get(findingObservations);
        assertThat(summary.path("title").asString()).isEqualTo("Supply-chain screen of suppliers.csv");
        assertThat(summary.path("props").toString()).contains("rows-read").contains("rows-rejected");
        assertThat(summary.path("subjects").get(0).path("type").asString()).isEqualTo("resource");
        assertThat(result.path("findings").findValuesAsString("target-id")).contains("CTIP-SC-04", "CTIP-SC-02", "CTIP-SC-08");
    }

    @Test
    void theEo13126ListIsAResourceOfEveryRealReport() {
        JsonNode ar = JsonMapper.builder().build().readTree(writer.write(ReportSamples.sample(ReportSamples.SAMPLE_01)))
                .path("assessment-results");

        assertThat(ar.path("back-matter").path("resources").findValuesAsString("title"))
                .contains("E.O. 13126 List of Products Produced by Forced or Indentured Child Labor");
    }
}
