package org.ctipcheck.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ctipcheck.audit.AuditEntry;
import org.ctipcheck.audit.AuditLocation;
import org.ctipcheck.audit.AuditStore;
import org.ctipcheck.audit.AuditWriter;
import org.ctipcheck.audit.SupplyChainLog;
import org.ctipcheck.evaluation.ComplianceEvaluator;
import org.ctipcheck.evaluation.Ruleset;
import org.ctipcheck.findings.EvaluationResult;
import org.ctipcheck.intake.ReadSubmission;
import org.ctipcheck.intake.SubmissionReader;
import org.ctipcheck.evaluation.RulesetLoader;
import org.ctipcheck.evaluation.SupplyChainEvaluator;
import org.ctipcheck.supplychain.CsvRecordReader;
import org.ctipcheck.supplychain.JsonLinesRecordReader;
import org.ctipcheck.supplychain.RawRecord;
import org.ctipcheck.supplychain.RecordReader;
import org.ctipcheck.supplychain.ReferenceLists;
import org.ctipcheck.supplychain.RowSink;
import org.ctipcheck.supplychain.Progress;
import org.ctipcheck.supplychain.SupplyChainScreen;
import org.ctipcheck.supplychain.SupplyChainSummary;

/**
 * Supply-chain streaming benchmark (not a test): on one generated file, alternates a parse-only pass (the same
 * streaming reader, records counted, nothing mapped) with the end-to-end screen (parse, map, list screening,
 * rules, tally), and prints each run and the medians. Run with bench/supply-chain.sh.
 * Arguments: FILE [REPETITIONS] [CHUNK] [AUDIT] (CHUNK rows per rules session, default SupplyChainScreen.CHUNK; 1 = a session per row; AUDIT = h2, postgres or
 * h2,postgres: each repetition also runs the screen recorded in that audit store, as ctip check --supply-chain
 * does: open the store, start the batch, per-row hits into it while screening, one record, commit, close. The
 * store persists across repetitions (H2 in a temporary folder, PostgreSQL in a schema of
 * $CTIP_TEST_POSTGRES_URL dropped at the end), so the schema migration is not timed).
 */
public final class SupplyChainBenchmark {
    private SupplyChainBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int chunk = args.length > 2 ? Integer.parseInt(args[2]) : SupplyChainScreen.CHUNK;
        List<String> audits = args.length > 3 ? List.of(args[3].split(",")) : List.of();
        long loadStart = System.nanoTime();
        Ruleset ruleset = new RulesetLoader().load(Path.of("rules"));
        SupplyChainEvaluator evaluator = new SupplyChainEvaluator(ruleset);
        AuditedScreens audited = new AuditedScreens(ruleset, audits);
        ReferenceLists lists = ReferenceLists.load(Path.of("rules/reference"));
        System.out.printf("setup (rules + lists): %d ms%n", (System.nanoTime() - loadStart) / 1_000_000);
        SupplyChainScreen screen = new SupplyChainScreen(evaluator, lists, LocalDate.of(2026, 11, 28), chunk,
                java.util.concurrent.Executors.newFixedThreadPool(Math.min(4, Runtime.getRuntime().availableProcessors()),
                        task -> {
                            Thread thread = new Thread(task, "bench-screen");
                            thread.setDaemon(true);
                            return thread;
                        }));
        long[] parse = new long[repetitions];
        long[] endToEnd = new long[repetitions];
        long[] parseCpu = new long[repetitions];
        long[] endToEndCpu = new long[repetitions];
        long records = 0;
        SupplyChainSummary summary = null;
        for (int i = 0; i < repetitions; i++) {
            long cpu = cpu();
            long start = System.nanoTime();
            records = parseOnly(file);
            parse[i] = System.nanoTime() - start;
            parseCpu[i] = cpu() - cpu;
            cpu = cpu();
            start = System.nanoTime();
            summary = screen.screen(file, RowSink.NONE, Progress.NONE);
            endToEnd[i] = System.nanoTime() - start;
            endToEndCpu[i] = cpu() - cpu;
            System.out.printf("run %d: parse-only %d ms (cpu %d ms), end-to-end %d ms (cpu %d ms) (read %d = evaluated %d + rejected %d)%n", i + 1,
                    parse[i] / 1_000_000, parseCpu[i] / 1_000_000, endToEnd[i] / 1_000_000, endToEndCpu[i] / 1_000_000,
                    summary.rowsRead(), summary.rowsEvaluated(),
                    summary.rowsRejected());
            audited.run(i, screen, file, endToEnd[i]);
        }
        long parseMedian = median(parse);
        long endMedian = median(endToEnd);
        System.out.printf("file %s: %d records, %d MB, chunk %d%n", file, records, Files.size(file) >> 20, chunk);
        System.out.printf("median parse-only %d ms (%.0f rows/s), end-to-end %d ms (%.0f rows/s), ratio %.2f; max heap %d MB%n",
                parseMedian / 1_000_000, records * 1e9 / parseMedian, endMedian / 1_000_000, records * 1e9 / endMedian,
                (double) parseMedian / endMedian, Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("median process CPU: parse-only %d ms, end-to-end %d ms (both cores; includes GC and JIT)%n",
                median(parseCpu) / 1_000_000, median(endToEndCpu) / 1_000_000);
        System.out.println("findings by severity: " + summary.findingsBySeverity() + ", rows by risk: " + summary.rowsByRiskLevel());
        audited.report(endMedian, median(endToEndCpu));
    }

    /** The end-to-end screen recorded in an audit store, timed right after each unaudited run. */
    private static final class AuditedScreens {
        private final List<String> backends;
        private final Map<String, AuditLocation> locations = new LinkedHashMap<>();
        private final Map<String, List<long[]>> times = new LinkedHashMap<>();
        private final AuditEntry template;
        private final String postgresSchema = "ctip_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

        AuditedScreens(Ruleset ruleset, List<String> backends) throws Exception {
            this.backends = backends;
            ReadSubmission submission = new SubmissionReader().read(Path.of("samples/01-compliant-overseas-services/submission.yaml"));
            EvaluationResult result = new ComplianceEvaluator(ruleset).evaluate(submission.facts(), LocalDate.of(2026, 11, 28));
            template = new AuditEntry(Instant.now(), "bench", "benchmark", "Bench Org", "AWARD-1", submission.source(),
                    submission.sha256(), submission.canonicalJson(), ruleset.fingerprint(), ruleset.sources(), List.of(),
                    LocalDate.of(2026, 11, 28), result.determination(), result.findings(), result.ruleHits(),
                    Map.of("json", "0".repeat(64)));
            for (String backend : backends) {
                Path folder = Files.createTempDirectory("ctip-audit-sc-bench-");
                String baseUrl = System.getenv("CTIP_TEST_POSTGRES_URL");
                AuditLocation location = backend.equals("h2") ? AuditLocation.embedded(folder)
                        : new AuditLocation(folder, baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + postgresSchema);
                try (AuditStore store = AuditStore.open(location)) {
                    store.publicKeyPem();
                }
                locations.put(backend, location);
                times.put(backend, new ArrayList<>());
            }
        }

        void run(int repetition, SupplyChainScreen screen, Path file, long unaudited) {
            for (String backend : backends) {
                long cpu = cpu();
                long start = System.nanoTime();
                long hits;
                try (AuditStore store = AuditStore.open(locations.get(backend)); AuditWriter writer = store.writer()) {
                    SupplyChainLog log = writer.supplyChain();
                    SupplyChainSummary summary;
                    try (SupplyChainLog sink = log) {
                        summary = screen.screen(file, sink, Progress.NONE);
                    }
                    SupplyChainLog.Recorded recorded = log.finish(summary);
                    AuditEntry e = template;
                    writer.append(writer.next(), new AuditEntry(e.recordedAt(), e.actor(), e.role(), e.organization(),
                            e.awardId(), e.source(), e.submissionSha256(), e.canonicalSubmission(), e.rulesetFingerprint(),
                            e.ruleFiles(), recorded.referenceEditions(), e.evaluationDate(), e.determination(), e.findings(),
                            e.ruleHits(), e.reportHashes(), recorded));
                    writer.commit();
                    hits = recorded.hitCount();
                }
                long wall = System.nanoTime() - start;
                long cpuUsed = cpu() - cpu;
                times.get(backend).add(new long[] {wall, cpuUsed});
                System.out.printf("run %d: audited (%s) %d ms (cpu %d ms), %,d row hits recorded; %.2f x the unaudited run"
                                + " just before; load average %.1f%n", repetition + 1, backend, wall / 1_000_000,
                        cpuUsed / 1_000_000, hits, (double) wall / unaudited,
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
        }

        void report(long unauditedMedian, long unauditedCpuMedian) throws Exception {
            for (String backend : backends) {
                long[] wall = times.get(backend).stream().mapToLong(t -> t[0]).toArray();
                long[] cpu = times.get(backend).stream().mapToLong(t -> t[1]).toArray();
                System.out.printf("median audited (%s) %d ms (cpu %d ms): %.2f x the unaudited median %d ms (cpu %.2f x)%n",
                        backend, median(wall) / 1_000_000, median(cpu) / 1_000_000, (double) median(wall) / unauditedMedian,
                        unauditedMedian / 1_000_000, (double) median(cpu) / unauditedCpuMedian);
                if (backend.equals("postgres")) {
                    try (Connection connection = DriverManager.getConnection(System.getenv("CTIP_TEST_POSTGRES_URL"));
                         Statement statement = connection.createStatement()) {
                        statement.execute("drop schema " + postgresSchema + " cascade");
                    }
                }
            }
        }
    }

    private static long parseOnly(Path file) throws Exception {
        boolean json = SupplyChainScreen.formatOf(file).equals("jsonl");
        long count = 0;
        try (RecordReader reader = json
                ? new JsonLinesRecordReader(new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 16))
                : new CsvRecordReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            for (RawRecord record = reader.next(); record != null; record = reader.next()) {
                count++;
            }
        }
        return count;
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
