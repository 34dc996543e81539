package org.ctipcheck.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.ctipcheck.findings.Determination;
import org.ctipcheck.findings.PlanDecision;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Runs {@code ctip check} on every folder under samples/ and compares the report with the folder's
 * expected.yaml: determination, plan decision, the exact set of (rule id, severity) findings and the status
 * of every checklist entry. A folder without expected.yaml, or without exactly one submission file, fails.
 */
class SamplesGoldenTest {
    static final Path SAMPLES = Path.of("samples");
    static final Path RULES = Path.of("rules");

    /**
     * With -Dgolden.update=true, rewrites expected.yaml from the actual report, keeping its leading comment:
     * review the diff before committing it.
     */
    static void rewriteExpected(Path folder, Expected previous, JsonNode report) {
        try {
            Path file = folder.resolve("expected.yaml");
            StringBuilder text = new StringBuilder();
            for (String line : Files.readAllLines(file)) {
                if (!line.startsWith("#")) {
                    break;
                }
                text.append(line).append('\n');
            }
            text.append("asOf: ").append(previous.asOf()).append('\n');
            text.append("determination: ").append(report.path("determination").asString()).append('\n');
            text.append("planRequired: ").append(report.path("planRequired").path("decision").asString()).append('\n');
            text.append(report.path("findings").isEmpty() ? "findings: []\n" : "findings:\n");
            report.path("findings").forEach(f -> text.append("  - ").append(f.path("ruleId").asString()).append(": ")
                    .append(f.path("severity").asString()).append('\n'));
            text.append("checklist:\n");
            report.path("checklist").forEach(item -> text.append("  ").append(item.path("requirementId").asString())
                    .append(": ").append(item.path("status").asString()).append('\n'));
            Files.writeString(file, text.toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<Path> sampleFolders() throws IOException {
        try (Stream<Path> entries = Files.list(SAMPLES)) {
            // numbered folders are samples; others (workflow/: BPMN processes) hold no submission
            return entries.filter(Files::isDirectory)
                    .filter(folder -> folder.getFileName().toString().matches("\\d\\d-.*")).sorted().toList();
        }
    }

    @Test
    void everyDecisionPathHasASample() throws IOException {
        List<Expected> all = new ArrayList<>();
        for (Path folder : sampleFolders()) {
            all.add(Expected.read(folder));
        }
        assertThat(all).hasSizeGreaterThanOrEqualTo(8);
        // OUT_OF_SCOPE is no longer decided (grants are decided under 22 U.S.C. 7104a since issue 13); it stays readable
        // in reports written before.
        assertThat(all).extracting(Expected::planRequired).contains(java.util.Arrays.stream(PlanDecision.Outcome.values())
                .filter(outcome -> outcome != PlanDecision.Outcome.OUT_OF_SCOPE).toArray(PlanDecision.Outcome[]::new));
        // INCOMPLETE through an undetermined plan requirement or undecided requirements is in the samples; through an
        // attestation that could not be screened, SupplyChainAuditTest and ComplianceCheckTest check it end to end.
        assertThat(all).extracting(Expected::determination).contains(Determination.values());
        long jsonSamples = sampleFolders().stream().filter(folder -> submissionFile(folder).toString().endsWith(".json")).count();
        assertThat(jsonSamples).as("samples written in JSON").isGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleFolders")
    void jsonReportMatchesExpected(Path folder) {
        Expected expected = Expected.read(folder);
        Path submission = submissionFile(folder);

        Cli.Result run = Cli.run("check", submission.toString(), "--format", "json", "--as-of", expected.asOf().toString(),
                "--rules", RULES.toString());

        if (Boolean.getBoolean("golden.update")) {
            rewriteExpected(folder, expected, run.json());
            expected = Expected.read(folder);
        }
        run.exits(expected.exitCodeFailingOn(Severity.MAJOR)).noStackTrace();
        assertThat(run.err()).as("stderr").isEmpty();
        JsonNode report = run.json();
        String context = folder.getFileName() + " (" + submission.getFileName() + ")";
        assertThat(report.path("evaluationDate").asString()).as(context + " evaluationDate").isEqualTo(expected.asOf().toString());
        assertThat(report.path("determination").asString()).as(context + " determination; findings " + findings(report))
                .isEqualTo(expected.determination().name());
        assertThat(report.path("planRequired").path("decision").asString())
                .as(context + " planRequired.decision; reason: " + report.path("planRequired").path("reason").asString())
                .isEqualTo(expected.planRequired().name());
        assertThat(findings(report)).as(context + " findings (ruleId: severity)").isEqualTo(expected.findings());
        assertThat(checklist(report)).as(context + " checklist statuses").isEqualTo(expected.checklist());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleFolders")
    void textReportExitCodeFollowsFailOnMajor(Path folder) {
        Expected expected = Expected.read(folder);
        Path submission = submissionFile(folder);

        Cli.Result run = Cli.run("check", submission.toString(), "--as-of", expected.asOf().toString(),
                "--fail-on", "MAJOR", "--rules", RULES.toString());

        run.exits(expected.exitCodeFailingOn(Severity.MAJOR)).noStackTrace();
        assertThat(run.err()).as("stderr").isEmpty();
        assertThat(run.out())
                .contains(submission.toString())
                .contains("Determination: " + expected.determination().name().replace('_', ' '))
                .contains("Evaluated as of " + expected.asOf());
        for (String finding : expected.findings()) {
            assertThat(run.out()).contains(finding.substring(0, finding.indexOf(':')));
        }
    }

    @Test
    void aSampleFolderWithoutExpectedYamlFails(@TempDir Path folder) throws IOException {
        Files.copy(SAMPLES.resolve("01-compliant-overseas-services/submission.yaml"), folder.resolve("submission.yaml"));

        assertThatThrownBy(() -> Expected.read(folder)).isInstanceOf(AssertionError.class).hasMessageContaining("expected.yaml");
    }

    @Test
    void aSampleFolderWithoutASubmissionFails(@TempDir Path folder) {
        assertThatThrownBy(() -> submissionFile(folder)).isInstanceOf(AssertionError.class).hasMessageContaining("submission");
    }

    @Test
    void expectedYamlAcceptsBothFindingForms(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("expected.yaml"), """
                asOf: 2026-03-01
                determination: NON_COMPLIANT
                planRequired: REQUIRED
                findings:
                  - CTIP-PLAN-06.no-housing-plan: BLOCKER
                  - ruleId: CTIP-CERT-03.omits-agents
                    severity: minor
                checklist:
                  CTIP-PLAN-06: NOT_MET
                """);

        Expected expected = Expected.read(folder);

        assertThat(expected.findings()).containsExactly("CTIP-CERT-03.omits-agents: MINOR", "CTIP-PLAN-06.no-housing-plan: BLOCKER");
        assertThat(expected.exitCodeFailingOn(Severity.MAJOR)).isEqualTo(1);
        assertThat(expected.exitCodeFailingOn(Severity.BLOCKER)).isEqualTo(1);
    }

    @Test
    void expectedYamlWithATypoFails(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("expected.yaml"), """
                asOf: 2026-03-01
                determination: COMPLIANT
                planRequired: REQUIRED
                findings: []
                checklist:
                  CTIP-PLAN-06: MEET
                """);

        assertThatThrownBy(() -> Expected.read(folder)).isInstanceOf(AssertionError.class).hasMessageContaining("MEET");
    }

    static Path submissionFile(Path folder) {
        List<Path> candidates = Stream.of("submission.yaml", "submission.yml", "submission.json")
                .map(folder::resolve).filter(Files::isRegularFile).toList();
        if (candidates.size() != 1) {
            throw new AssertionError(folder + " must hold exactly one submission.yaml, submission.yml or submission.json; found "
                    + candidates);
        }
        return candidates.get(0);
    }

    /** "ruleId: SEVERITY" for each finding, as a sorted set: a rule that fires twice is one entry. */
    static Set<String> findings(JsonNode report) {
        Set<String> findings = new TreeSet<>();
        for (JsonNode finding : report.path("findings")) {
            findings.add(finding.path("ruleId").asString() + ": " + finding.path("severity").asString());
        }
        return findings;
    }

    static Map<String, String> checklist(JsonNode report) {
        Map<String, String> checklist = new TreeMap<>();
        for (JsonNode item : report.path("checklist")) {
            checklist.put(item.path("requirementId").asString(), item.path("status").asString());
        }
        return checklist;
    }

    /** A sample's expected.yaml. */
    record Expected(LocalDate asOf, Determination determination, PlanDecision.Outcome planRequired, Set<String> findings,
            Map<String, String> checklist) {
        private static final Set<String> KEYS = Set.of("asOf", "determination", "planRequired", "findings", "checklist");

        static Expected read(Path folder) {
            Path file = folder.resolve("expected.yaml");
            if (!Files.isRegularFile(file)) {
                throw new AssertionError(folder + " has no expected.yaml: every sample must say what it should yield");
            }
            JsonNode root;
            try {
                root = YAMLMapper.builder().build().readTree(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new AssertionError("cannot read " + file + ": " + e.getMessage(), e);
            }
            if (root == null || !root.isObject()) {
                throw new AssertionError(file + " must be a YAML mapping");
            }
            for (String key : root.propertyNames()) {
                if (!KEYS.contains(key)) {
                    throw new AssertionError(file + ": unknown key '" + key + "'; allowed: " + new TreeSet<>(KEYS));
                }
            }
            for (String key : KEYS) {
                if (!root.has(key)) {
                    throw new AssertionError(file + ": missing key '" + key + "'");
                }
            }
            LocalDate asOf;
            try {
                asOf = LocalDate.parse(root.get("asOf").asString());
            } catch (DateTimeParseException e) {
                throw new AssertionError(file + ": asOf must be a date yyyy-mm-dd, got " + root.get("asOf"));
            }
            return new Expected(asOf,
                    constant(Determination.class, root.get("determination"), file),
                    constant(PlanDecision.Outcome.class, root.get("planRequired"), file),
                    findings(root.get("findings"), file),
                    checklist(root.get("checklist"), file));
        }

        /** 1 when a finding is at or above the severity, else 0: the documented exit codes of check. */
        int exitCodeFailingOn(Severity failOn) {
            return findings.stream()
                    .map(finding -> Severity.valueOf(finding.substring(finding.indexOf(": ") + 2)))
                    .anyMatch(severity -> severity.atLeast(failOn)) ? 1 : 0;
        }

        private static Set<String> findings(JsonNode node, Path file) {
            if (!node.isArray()) {
                throw new AssertionError(file + ": findings must be a list");
            }
            Set<String> findings = new TreeSet<>();
            for (JsonNode entry : node) {
                String ruleId;
                JsonNode severity;
                if (entry.has("ruleId")) {
                    ruleId = entry.get("ruleId").asString();
                    severity = entry.get("severity");
                } else if (entry.isObject() && entry.size() == 1) {
                    Iterator<String> names = entry.propertyNames().iterator();
                    ruleId = names.next();
                    severity = entry.get(ruleId);
                } else {
                    throw new AssertionError(file + ": each finding is 'ruleId: SEVERITY' or {ruleId, severity}, got " + entry);
                }
                if (severity == null) {
                    throw new AssertionError(file + ": finding " + ruleId + " has no severity");
                }
                findings.add(ruleId + ": " + constant(Severity.class, severity, file).name());
            }
            return findings;
        }

        private static Map<String, String> checklist(JsonNode node, Path file) {
            if (!node.isObject() || node.isEmpty()) {
                throw new AssertionError(file + ": checklist must map each requirement id to its status");
            }
            Map<String, String> checklist = new LinkedHashMap<>();
            for (String requirementId : node.propertyNames()) {
                checklist.put(requirementId, constant(Status.class, node.get(requirementId), file).name());
            }
            return new TreeMap<>(checklist);
        }

        private static <E extends Enum<E>> E constant(Class<E> type, JsonNode node, Path file) {
            String text = node == null ? "" : node.asString().strip().toUpperCase(java.util.Locale.ROOT);
            for (E value : type.getEnumConstants()) {
                if (value.name().equals(text)) {
                    return value;
                }
            }
            throw new AssertionError(file + ": '" + (node == null ? null : node.asString()) + "' is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
