package org.ctipcheck.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.ctipcheck.fixtures.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** ctip check records in the audit log; ctip audit list/show/export/stats/verify/replay read it (H2). */
class AuditCommandsTest {
    private static final String COMPLIANT = "samples/01-compliant-overseas-services/submission.yaml";
    private static final String HOUSING = "samples/02-housing-without-housing-plan/submission.json";

    @TempDir
    Path folder;

    private String[] store(String... args) {
        return Stream.concat(Stream.of(args), Stream.of("--audit-dir", folder.resolve("audit").toString()))
                .toArray(String[]::new);
    }

    private JsonNode check(String file, String... more) {
        String[] args = Stream.concat(Stream.of("check", file, "--as-of", "2026-03-01", "--format", "json"), Stream.of(more))
                .toArray(String[]::new);
        Cli.Result result = Cli.run(store(args));
        assertThat(result.exit()).as(result.err()).isIn(0, 1);
        return result.json();
    }

    @Test
    void eachReportCarriesItsEvaluationIdAndTheChainHeadItWasAppendedTo() {
        JsonNode first = check(HOUSING, "--actor", "bob", "--role", "contracting-officer");
        JsonNode second = check(COMPLIANT);

        assertThat(first.path("audit").path("sequence").asLong()).isEqualTo(1);
        assertThat(first.path("audit").path("chainHead").asString()).isEqualTo("0".repeat(64));
        assertThat(second.path("audit").path("sequence").asLong()).isEqualTo(2);
        assertThat(second.path("audit").path("chainHead").asString()).matches("[0-9a-f]{64}").isNotEqualTo("0".repeat(64));
        assertThat(second.path("audit").path("evaluationId").asString())
                .isNotEqualTo(first.path("audit").path("evaluationId").asString());
    }

    @Test
    void showGivesWhoWhatRulesHitsFindingsAndTheHashOfTheReportAsPrinted() {
        Cli.Result checked = Cli.run(store("check", HOUSING, "--as-of", "2026-03-01", "--format", "json", "--actor", "bob",
                "--role", "auditor"));
        String id = checked.json().path("audit").path("evaluationId").asString();

        JsonNode shown = Cli.run(store("audit", "show", id)).exits(0).json();
        assertThat(shown.path("actor").asString()).isEqualTo("bob");
        assertThat(shown.path("role").asString()).isEqualTo("auditor");
        assertThat(shown.path("determination").asString()).isEqualTo("NON_COMPLIANT");
        assertThat(shown.path("submission").path("sha256").asString())
                .isEqualTo(checked.json().path("submission").path("sha256").asString());
        assertThat(shown.path("ruleset").path("sha256").asString())
                .isEqualTo(checked.json().path("ruleset").path("sha256").asString());
        assertThat(shown.path("referenceEditions").size()).isEqualTo(checked.json().path("referenceLists").size());
        assertThat(shown.path("ruleHits").size()).isEqualTo(checked.json().path("ruleHits").size());
        assertThat(shown.path("findings")).isEqualTo(checked.json().path("findings"));
        assertThat(shown.path("reportHashes").path("json").asString()).isEqualTo(AuditEntry.reportHash(checked.out()));
    }

    @Test
    void theRecordHoldsTheHashOfEveryReportFileWrittenInEveryFormat() throws IOException {
        Path reports = folder.resolve("reports");
        Cli.Result checked = Cli.run(store("check", HOUSING, "--as-of", "2026-03-01", "--out", reports.toString(),
                "--format", "text,json,pdf,html,csv,oscal"));
        assertThat(checked.exit()).as(checked.err()).isEqualTo(1);

        JsonNode hashes = Cli.run(store("audit", "show", "1")).exits(0).json().path("reportHashes");
        String base = "02-housing-without-housing-plan.findings.";
        String[][] formats = {{"text", "txt"}, {"json", "json"}, {"pdf", "pdf"}, {"html", "html"}, {"csv", "csv"},
                {"oscal", "oscal.json"}};
        assertThat(hashes.size()).isEqualTo(formats.length);
        for (String[] format : formats) {
            // what sha256sum gives for the file as written
            assertThat(hashes.path(format[0]).asString()).as(format[0])
                    .isEqualTo(AuditEntry.reportHash(Files.readAllBytes(reports.resolve(base + format[1]))));
        }
    }

    @Test
    void theRecordNamesTheEditionOfEveryReferenceListTheRulesRead() {
        JsonNode checked = check("samples/17-garments-eo13126/submission.yaml");
        assertThat(checked.path("referenceLists").size()).isPositive();
        String id = checked.path("audit").path("evaluationId").asString();

        JsonNode shown = Cli.run(store("audit", "show", id)).exits(0).json();

        JsonNode list = checked.path("referenceLists").get(0);
        assertThat(shown.path("referenceEditions").toString()).contains(list.path("id").asString())
                .contains(list.path("edition").asString());
    }

    @Test
    void listFiltersByOrganizationRuleAndDetermination() {
        check(HOUSING);
        check(COMPLIANT);
        check(HOUSING);

        assertThat(Cli.run(store("audit", "list")).exits(0).out()).contains("3 evaluations");
        assertThat(Cli.run(store("audit", "list", "--determination", "NON_COMPLIANT")).exits(0).out())
                .contains("2 evaluations");
        assertThat(Cli.run(store("audit", "list", "--rule", "CTIP-PLAN-06.no-housing-plan")).exits(0).out())
                .contains("2 evaluations");
        assertThat(Cli.run(store("audit", "list", "--since", "2000-01-01", "--until", "2000-12-31")).exits(0).out())
                .contains("0 evaluations");
        assertThat(Cli.run(store("audit", "list", "--org", "no such organization")).exits(0).out())
                .contains("0 evaluations");
    }

    @Test
    void exportWritesOneCsvLinePerEvaluationOrOneJsonRecordPerLine() {
        check(HOUSING);
        check(COMPLIANT);

        String csv = Cli.run(store("audit", "export", "--format", "csv")).exits(0).out();
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("sequence,evaluation_id,");
        assertThat(csv).contains("CTIP-PLAN-06.no-housing-plan");

        String jsonl = Cli.run(store("audit", "export", "--format", "jsonl")).exits(0).out();
        assertThat(jsonl.lines()).hasSize(2);
        assertThat(jsonl.lines().findFirst().orElseThrow()).startsWith("{\"sequence\":1,");

        Cli.run(store("audit", "export", "--format", "xml")).exits(2).noStackTrace();
    }

    @Test
    void statsCountFindingsByOrganizationAndMonth() {
        check(HOUSING);
        check(HOUSING);

        String stats = Cli.run(store("audit", "stats")).exits(0).out();
        assertThat(stats).contains("Evaluations: 2").contains("NON_COMPLIANT: 2");
        assertThat(stats).containsPattern("\\s2\\s+BLOCKER\\s+CTIP-PLAN-06.no-housing-plan");
    }

    @Test
    void verifySaysTheLogIsIntact() {
        check(HOUSING);
        check(COMPLIANT);
        assertThat(Cli.run(store("audit", "verify")).exits(0).out()).contains("audit log intact: 2 records");
    }

    @Test
    void replayWithTheArchivedRulesConfirmsIdenticalFindings() {
        String id = check(HOUSING).path("audit").path("evaluationId").asString();
        assertThat(Cli.run(store("audit", "replay", id)).exits(0).out()).contains("findings identical");
        assertThat(Cli.run(store("audit", "replay", id, "--with-current-rules")).exits(0).out()).contains("findings identical");
        Cli.run(store("audit", "replay", "no-such-id")).exits(2).noStackTrace();
    }

    /** Issue 12, item 5: archived rules are code; altered ones are never compiled or run. */
    @Test
    void replayRefusesArchivedRulesThatNoLongerHaveTheirFingerprint() throws Exception {
        String id = check(HOUSING).path("audit").path("evaluationId").asString();
        AuditLocation location = AuditLocation.embedded(folder.resolve("audit"));
        try (AuditStore store = AuditStore.open(location);
             java.sql.PreparedStatement update = store.connection().prepareStatement("update audit_ruleset set archive = ?")) {
            String planted = "[{\"path\":\"plan/evil.drl\",\"text\":\"rule x when then System.exit(9); end\"}]";
            update.setBytes(1, AuditJson.gzip(planted));
            update.executeUpdate();
        }

        Cli.Result replay = Cli.run(store("audit", "replay", id)).exits(1).noStackTrace();

        assertThat(replay.out()).contains("TAMPERED").contains("not compiled or run");
    }

    /** Issue 12, item 5: a log that does not verify is not replayed at all. */
    @Test
    void replayRefusesALogThatDoesNotVerify() throws Exception {
        String id = check(HOUSING).path("audit").path("evaluationId").asString();
        try (AuditStore store = AuditStore.open(AuditLocation.embedded(folder.resolve("audit")));
             java.sql.Statement statement = store.connection().createStatement()) {
            statement.executeUpdate("update audit_evaluation set determination = 'COMPLIANT'");
        }

        Cli.Result replay = Cli.run(store("audit", "replay", id)).exits(1).noStackTrace();

        assertThat(replay.out()).contains("TAMPERED").contains("nothing is replayed");
    }

    @Test
    void replayUsesTheArchivedRulesAndWithCurrentRulesShowsWhatChanged() throws IOException {
        Path oldRules = copyRules(folder.resolve("old-rules"));
        Path housing = oldRules.resolve("plan/ctip-plan-06-housing.drl");
        Files.writeString(housing, Files.readString(housing).replace("@severity(\"BLOCKER\")", "@severity(\"MINOR\")"));
        String id = check(HOUSING, "--rules", oldRules.toString()).path("audit").path("evaluationId").asString();
        deleteTree(oldRules);

        assertThat(Cli.run(store("audit", "replay", id)).exits(0).out()).contains("findings identical");
        String withCurrent = Cli.run(store("audit", "replay", id, "--with-current-rules")).exits(1).out();
        assertThat(withCurrent).contains("CHANGED CTIP-PLAN-06.no-housing-plan - changed severity")
                .contains("determination: recorded INCOMPLETE, replayed NON_COMPLIANT")
                .contains("findings differ: 0 new, 0 resolved, 1 changed");
    }

    @Test
    void noAuditRecordsNothing() {
        Cli.Result result = Cli.run(store("check", HOUSING, "--as-of", "2026-03-01", "--format", "json", "--no-audit"));
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.json().path("audit").isNull()).isTrue();
        assertThat(folder.resolve("audit")).doesNotExist();
    }

    @Test
    void theTextReportNamesItsAuditRecord() {
        Cli.Result result = Cli.run(store("check", HOUSING, "--as-of", "2026-03-01"));
        assertThat(result.out()).containsPattern("Audit log: evaluation [0-9a-f-]{36} \\(#1\\), chain head 0{64}");
    }

    @Test
    void anUnreachableDatabaseIsAClearErrorAndNoReportIsIssued() {
        Cli.Result result = Cli.run(store("check", HOUSING, "--audit-db", "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2"));
        result.exits(5).noStackTrace();
        assertThat(result.err()).contains("ctip: audit log: cannot open the audit log").contains("no report was issued");
        assertThat(result.out()).isEmpty();
    }

    private static Path copyRules(Path target) throws IOException {
        Path source = Path.of("rules");
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        }
        return target;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
