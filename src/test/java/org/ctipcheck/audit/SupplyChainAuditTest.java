package org.ctipcheck.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.ctipcheck.audit.ChainVerification.Problem;
import org.ctipcheck.audit.TestStore.Backend;
import org.ctipcheck.evaluation.SupplyChainEvaluator;
import org.ctipcheck.findings.RowFinding;
import org.ctipcheck.fixtures.AttestationFixture;
import org.ctipcheck.fixtures.Cli;
import org.ctipcheck.fixtures.TestRules;
import org.ctipcheck.submission.AttestationRow;
import org.ctipcheck.supplychain.AttestationGenerator;
import org.ctipcheck.supplychain.Progress;
import org.ctipcheck.supplychain.RowSink;
import org.ctipcheck.supplychain.SupplyChainScreen;
import org.ctipcheck.supplychain.SupplyChainSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * A check with --supply-chain records what the screen found (file hash, list editions, row counts, hits per rule
 * and every row hit, in deflated chunks) so that the chain covers it and show, export and list --rule read it.
 */
class SupplyChainAuditTest {
    private static final String COMPLIANT = "samples/01-compliant-overseas-services/submission.yaml";

    @TempDir
    Path folder;

    private Path attestations(int rows) throws IOException {
        Path file = folder.resolve("att-" + rows + ".csv");
        try (var writer = Files.newBufferedWriter(file)) {
            new AttestationGenerator(3, 0.02).write(writer, rows, false);
        }
        return file;
    }

    /** Screens the file into a committed batch of one record, hits in chunks of {@code hitsPerChunk}. */
    private static Screened screenInto(AuditStore store, Path file, int hitsPerChunk) {
        List<long[]> seen = new ArrayList<>();
        try (AuditWriter writer = store.writer()) {
            SupplyChainLog log = writer.supplyChain(hitsPerChunk);
            RowSink counting = new RowSink() {
                @Override
                public void row(AttestationRow row, List<RowFinding> findings, org.ctipcheck.findings.RiskLevel level) {
                    for (RowFinding finding : findings) {
                        seen.add(new long[] {row.line(), finding.rule().id().hashCode()});
                    }
                    log.row(row, findings, level);
                }

                @Override
                public void rejected(long line, String reason) {
                    log.rejected(line, reason);
                }

                @Override
                public void close() {
                    log.close();
                }
            };
            SupplyChainSummary summary;
            try (RowSink sink = counting) {
                summary = new SupplyChainScreen(new SupplyChainEvaluator(TestRules.ruleset()), AttestationFixture.lists(),
                        AttestationFixture.TODAY, AttestationFixture.WORKERS).screen(file, sink, Progress.NONE);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            SupplyChainLog.Recorded recorded = log.finish(summary);
            AuditEntry sample = Entries.sample(0);
            AuditStamp stamp = writer.next();
            writer.append(stamp, new AuditEntry(sample.recordedAt(), sample.actor(), sample.role(), sample.organization(),
                    sample.awardId(), sample.source(), sample.submissionSha256(), sample.canonicalSubmission(),
                    sample.rulesetFingerprint(), sample.ruleFiles(), recorded.referenceEditions(), sample.evaluationDate(),
                    sample.determination(), sample.findings(), sample.ruleHits(), sample.reportHashes(), recorded));
            writer.commit();
            return new Screened(stamp, summary, seen);
        }
    }

    private record Screened(AuditStamp stamp, SupplyChainSummary summary, List<long[]> hits) {
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void everyRowHitIsStoredInChunksAndReadBackInFileOrder(Backend backend) throws Exception {
        Path file = attestations(3_000);
        try (TestStore test = TestStore.create(backend, folder.resolve("audit")); AuditStore store = test.open()) {
            Entries.writeSamples(store, 1);
            Screened screened = screenInto(store, file, 500);

            AuditRecord record = store.queries().find(Long.toString(screened.stamp().sequence())).orElseThrow();
            AuditRecord.SupplyChain screen = record.supplyChain();
            assertThat(screen.attestationSha256()).isEqualTo(sha256(file));
            assertThat(screen.rowsRead()).isEqualTo(3_000);
            assertThat(screen.rowsEvaluated() + screen.rowsRejected()).isEqualTo(3_000);
            assertThat(screen.rowsRejected()).isEqualTo(screened.summary().rowsRejected()).isPositive();
            assertThat(screen.referenceLists().findValuesAsString("edition")).contains("2025 TIP Report");
            assertThat(record.referenceEditions()).hasSize(screened.summary().lists().size());
            assertThat(screen.listFindings().findValuesAsString("ruleId")).contains("CTIP-SC-08.partial-list");
            assertThat(new TreeMap<>(screen.hitsByRule())).isEqualTo(new TreeMap<>(screened.summary().findingsByRule()
                    .entrySet().stream().filter(e -> !e.getKey().startsWith("CTIP-SC-08"))
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
            assertThat(screen.hitCount()).isEqualTo(screened.hits().size()).isGreaterThan(1_000);
            assertThat(count(test, "select count(*) from audit_supply_chain_chunk"))
                    .isEqualTo((screened.hits().size() + 499) / 500);

            List<AuditRecord.SupplyChainHit> hits = new ArrayList<>();
            store.queries().forEachSupplyChainHit(screen, hits::add);
            assertThat(hits).hasSize(screened.hits().size());
            for (int i = 0; i < hits.size(); i++) {
                assertThat(hits.get(i).line()).isEqualTo(screened.hits().get(i)[0]);
                assertThat((long) hits.get(i).ruleId().hashCode()).isEqualTo(screened.hits().get(i)[1]);
            }
            AuditRecord.SupplyChainHit fees = hits.stream()
                    .filter(hit -> hit.ruleId().equals("CTIP-SC-ILO.worker-paid-fees")).findFirst().orElseThrow();
            assertThat(fees.columns()).containsExactly("recruitment_fees_charged");
            assertThat(fees.supplierId()).isNotBlank();
            assertThat(fees.status()).isEqualTo("NOT_MET");

            ChainVerification verified = store.verify(null);
            assertThat(verified.intact()).as(verified.message()).isTrue();
            assertThat(verified.records()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void tamperingWithTheSupplyChainPartOfARecordIsCaught(Backend backend) throws Exception {
        Path file = attestations(2_000);
        String[][] tamperings = {
            {"update audit_supply_chain_chunk set hits = (select c.hits from audit_supply_chain_chunk c where c.chunk_seq = 1)"
                    + " where chunk_seq = 2"},
            {"delete from audit_supply_chain_chunk where chunk_seq = 3"},
            {"update audit_supply_chain_chunk set hit_count = hit_count - 1 where chunk_seq = 1"},
            {"update audit_supply_chain_rule set hits = hits + 1 where rule_id = 'CTIP-SC-ILO.worker-paid-fees'"},
            {"delete from audit_supply_chain_rule where rule_id = 'CTIP-SC-ILO.worker-paid-fees'"},
            {"update audit_supply_chain set rows_rejected = 0"},
            {"update audit_evaluation set supply_chain_id = null where seq = 2"},
        };
        for (String[] tampering : tamperings) {
            Path data = Files.createTempDirectory(folder, "store");
            try (TestStore test = TestStore.create(backend, data)) {
                try (AuditStore store = test.open()) {
                    Entries.writeSamples(store, 1);
                    screenInto(store, file, 300);
                    Entries.writeSamples(store, 1);
                    assertThat(store.verify(null).intact()).isTrue();
                }
                test.tamper(tampering);
                try (AuditStore store = test.open()) {
                    ChainVerification result = store.verify(null);
                    assertThat(result.intact()).as(tampering[0]).isFalse();
                    assertThat(result.problem()).as(tampering[0]).isEqualTo(Problem.MODIFIED);
                    assertThat(result.problemSequence()).as(tampering[0]).isEqualTo(2);
                }
            }
        }
    }

    private static long count(TestStore test, String sql) throws Exception {
        try (var connection = java.sql.DriverManager.getConnection(test.location().jdbcUrl());
             var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private String[] store(TestStore test, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--audit-dir");
        all.add(test.location().dataDirectory().toString());
        if (test.backend() == Backend.POSTGRES) {
            all.add("--audit-db");
            all.add(test.location().jdbcUrl());
        }
        return all.toArray(String[]::new);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aCheckWithASupplyChainIsRecordedAndShowExportAndListReadItsHits(Backend backend) throws Exception {
        Path file = attestations(1_500);
        try (TestStore test = TestStore.create(backend, folder.resolve("audit"))) {
            Cli.Result plain = Cli.run(store(test, "check", COMPLIANT, "--as-of", "2026-11-28", "--format", "json"));
            assertThat(plain.exit()).as(plain.err()).isIn(0, 1);
            Cli.Result checked = Cli.run(store(test, "check", COMPLIANT, "--as-of", "2026-11-28", "--format", "json",
                    "--supply-chain", file.toString())).noStackTrace();
            assertThat(checked.exit()).as(checked.err()).isEqualTo(1);
            String id = checked.json().path("audit").path("evaluationId").asString();
            JsonNode section = checked.json().path("supplyChain");

            JsonNode shown = Cli.run(store(test, "audit", "show", id, "--max-hits", "0")).exits(0).json();
            JsonNode recorded = shown.path("supplyChain");
            assertThat(recorded.path("attestation").path("sha256").asString()).isEqualTo(sha256(file));
            assertThat(recorded.path("rowsRead").asLong()).isEqualTo(1_500);
            assertThat(recorded.path("rowsRejected").asLong()).isEqualTo(section.path("rowsRejected").asLong());
            assertThat(recorded.path("hitsByRule").path("CTIP-SC-ILO.worker-paid-fees").asLong())
                    .isEqualTo(section.path("findingsByRule").path("CTIP-SC-ILO.worker-paid-fees").asLong()).isPositive();
            assertThat(recorded.path("hits").size()).isEqualTo(recorded.path("hitCount").asInt());
            JsonNode hit = recorded.path("hits").get(0);
            assertThat(hit.path("line").asLong()).isGreaterThan(1);
            assertThat(hit.path("ruleId").asString()).startsWith("CTIP-SC-");
            assertThat(hit.path("columns").size()).isPositive();
            assertThat(shown.path("referenceEditions").size()).isPositive();

            JsonNode few = Cli.run(store(test, "audit", "show", id, "--max-hits", "5")).exits(0).json();
            assertThat(few.path("supplyChain").path("hits").size()).isEqualTo(5);
            assertThat(few.path("supplyChain").path("hitsShown").asLong()).isEqualTo(5);

            List<String> listed = Cli.run(store(test, "audit", "list", "--rule", "CTIP-SC-ILO.worker-paid-fees"))
                    .exits(0).out().lines().toList();
            assertThat(listed).anyMatch(line -> line.contains(id)).hasSize(3);
            assertThat(Cli.run(store(test, "audit", "list", "--rule", "CTIP-SC-04")).exits(0).out()).contains(id);

            String jsonl = Cli.run(store(test, "audit", "export", "--format", "jsonl")).exits(0).out();
            List<String> lines = jsonl.lines().toList();
            assertThat(lines).hasSize(2);
            JsonNode exported = Cli.run(store(test, "audit", "show", "1")).json();
            assertThat(exported.has("supplyChain")).isFalse();
            assertThat(lines.get(1)).contains("\"attestation\"").contains(sha256(file));
            JsonNode exportedScreen = tools.jackson.databind.json.JsonMapper.builder().build().readTree(lines.get(1))
                    .path("supplyChain");
            assertThat(exportedScreen.path("hits").size()).as("every row hit, streamed")
                    .isEqualTo(exportedScreen.path("hitCount").asInt()).isEqualTo(exportedScreen.path("hitsShown").asInt())
                    .isPositive();
            String csv = Cli.run(store(test, "audit", "export", "--format", "csv")).exits(0).out();
            assertThat(csv.lines().toList().get(0)).endsWith("attestation_sha256,supply_chain_rows_read,supply_chain_hits,"
                    + "supply_chain_hits_by_rule");
            assertThat(csv.lines().toList().get(2)).contains(sha256(file)).contains("CTIP-SC-ILO.worker-paid-fees=");

            assertThat(Cli.run(store(test, "audit", "verify")).exits(0).out()).contains("intact");
        }
    }

    @Test
    void anUnreadableChunkStopsExportAndShowWithAClearErrorNamingTheRecord() throws Exception {
        Path file = attestations(1_500);
        try (TestStore test = TestStore.create(Backend.H2, folder.resolve("audit"))) {
            Cli.Result checked = Cli.run(store(test, "check", COMPLIANT, "--as-of", "2026-11-28", "--format", "json",
                    "--supply-chain", file.toString())).noStackTrace();
            assertThat(checked.exit()).as(checked.err()).isEqualTo(1);
            test.tamper("update audit_supply_chain_chunk set hits = X'00112233'");

            for (String[] command : new String[][] {{"audit", "export", "--format", "jsonl"}, {"audit", "show", "1"}}) {
                Cli.Result read = Cli.run(store(test, command)).noStackTrace();
                assertThat(read.exit()).as(String.join(" ", command)).isEqualTo(5);
                assertThat(read.err()).contains("record #1 (evaluation ").contains("chunk is not readable")
                        .contains("run ctip audit verify").doesNotContain("internal error");
            }
            assertThat(Cli.run(store(test, "audit", "verify")).exits(1).out()).contains("record #1");
        }
    }

    @Test
    void aScreenThatFailsLeavesNoHitsBehindAndTheCheckIsStillRecorded() throws Exception {
        Path bad = folder.resolve("bad.csv");
        Files.writeString(bad, "supplier_id,not_a_column\nS1,x\n");
        try (TestStore test = TestStore.create(Backend.H2, folder.resolve("audit"))) {
            // as of 2026-03-01 the submission itself is compliant, so only the failed screen keeps it from reading so
            Cli.Result checked = Cli.run(store(test, "check", COMPLIANT, "--as-of", "2026-03-01", "--format", "json",
                    "--supply-chain", bad.toString())).noStackTrace();
            assertThat(checked.exit()).as(checked.err()).isEqualTo(2);
            assertThat(checked.json().path("audit").path("sequence").asLong()).isEqualTo(1);
            // issue 12, item 3: the report says the screen failed and why, and cannot read as compliant
            assertThat(checked.json().path("determination").asString()).isEqualTo("INCOMPLETE");
            assertThat(checked.json().path("supplyChain").path("failure").asString()).contains("header");
            assertThat(checked.json().path("supplyChain").path("listFindings").get(0).path("ruleId").asString())
                    .isEqualTo("CTIP-SC-01.not-screened");
            assertThat(Cli.run(store(test, "audit", "show", "1")).exits(0).json().path("determination").asString())
                    .isEqualTo("INCOMPLETE");
            assertThat(count(test, "select count(*) from audit_supply_chain_chunk")).isZero();
            assertThat(count(test, "select count(*) from audit_evaluation where supply_chain_id is null")).isEqualTo(1);
            assertThat(Cli.run(store(test, "audit", "verify")).exits(0).out()).contains("intact");
        }
    }

    @Test
    void everySupplyChainRowRuleHasItsColumnsListed() {
        List<String> rowRules = new SupplyChainEvaluator(TestRules.ruleset()).requirements().stream()
                .flatMap(requirement -> TestRules.ruleset().rules().stream()
                        .filter(rule -> rule.requirementId().equals(requirement.id())))
                .map(rule -> rule.id())
                .filter(id -> !id.startsWith("CTIP-SC-08.") && !id.equals("CTIP-SC-01.not-screened"))
                .distinct().sorted().toList();
        assertThat(rowRules).isNotEmpty();
        assertThat(SupplyChainColumns.BY_RULE.keySet()).containsExactlyInAnyOrderElementsOf(rowRules);
        assertThat(Stream.of(rowRules.toArray(String[]::new)).flatMap(id -> SupplyChainColumns.of(id).stream()))
                .allMatch(column -> org.ctipcheck.supplychain.AttestationColumns.ALL.contains(column));
    }

    @Test
    void ruleHitPointersAreWrittenAsTheGeneralJsonWriterWritesThem() {
        List<String> odd = new ArrayList<>(List.of("/a", "tab\there", "new\nline", "back\\slash", "quote\"d", "\u0001ctl",
                "\b\f\r", "ünï/çødé", ""));
        odd.add(null);
        assertThat(AuditJson.writeStrings(odd)).isEqualTo(AuditJson.write(odd));
        assertThat(AuditJson.writeStrings(List.of())).isEqualTo(AuditJson.write(List.of()));
    }
}
