package org.ctipcheck.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ctipcheck.audit.AuditEntry;
import org.ctipcheck.audit.AuditLocation;
import org.ctipcheck.audit.AuditStore;
import org.ctipcheck.audit.AuditWriter;
import org.ctipcheck.evaluation.ComplianceEvaluator;
import org.ctipcheck.evaluation.Ruleset;
import org.ctipcheck.evaluation.RulesetLoader;
import org.ctipcheck.findings.EvaluationResult;
import org.ctipcheck.findings.RuleHit;
import org.ctipcheck.intake.ReadSubmission;
import org.ctipcheck.intake.SubmissionReader;

/**
 * Audit write throughput (not a test): rule-hit rows per second written into a fresh store, one batch (one
 * transaction, sent 5,000 rows at a time, one signed checkpoint) per run, timed from the first append to the
 * return of commit. Records are real evaluations of a sample with their rule hits repeated to HITS per record.
 * WARMUP runs come first and are reported apart: the JIT is still compiling the database's code in them (H2's
 * rate climbs for about five runs), so the measured median is the steady rate and the warm-up median what a cold
 * JVM gets. Run with bench/audit-write.sh h2|postgres [RECORDS] [HITS] [RUNS] [WARMUP]; postgres needs
 * $CTIP_TEST_POSTGRES_URL.
 */
public final class AuditWriteBenchmark {
    private AuditWriteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String backend = args.length > 0 ? args[0] : "h2";
        int records = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int hitsPerRecord = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        Ruleset ruleset = new RulesetLoader().load(Path.of("rules"));
        ReadSubmission submission = new SubmissionReader().read(Path.of("samples/02-housing-without-housing-plan/submission.json"));
        EvaluationResult result = new ComplianceEvaluator(ruleset).evaluate(submission.facts(), LocalDate.of(2026, 3, 1));
        List<RuleHit> hits = new ArrayList<>();
        for (int i = 0; i < hitsPerRecord; i++) {
            RuleHit hit = result.ruleHits().get(i % result.ruleHits().size());
            hits.add(new RuleHit(i + 1, hit.ruleId(), hit.requirementId(), hit.outcome(), hit.matched()));
        }
        AuditEntry entry = new AuditEntry(Instant.now(), "bench", "benchmark", "Bench Org", "AWARD-1", "bench.json",
                submission.sha256(), submission.canonicalJson(), ruleset.fingerprint(), ruleset.sources(), List.of(),
                LocalDate.of(2026, 3, 1), result.determination(), result.findings(), hits, Map.of("json", "0".repeat(64)));
        double[] rates = new double[warmup + runs];
        for (int run = 0; run < warmup + runs; run++) {
            Path folder = Files.createTempDirectory("ctip-audit-bench-");
            String schema = "ctip_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            String baseUrl = System.getenv("CTIP_TEST_POSTGRES_URL");
            AuditLocation location = backend.equals("h2") ? AuditLocation.embedded(folder)
                    : new AuditLocation(folder, baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            try (AuditStore store = AuditStore.open(location)) {
                store.publicKeyPem(); // the signing key exists before timing
                com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
                long cpuStart = os.getProcessCpuTime();
                long start = System.nanoTime();
                try (AuditWriter writer = store.writer()) {
                    for (int i = 0; i < records; i++) {
                        writer.append(writer.next(), entry);
                    }
                    writer.commit();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
                rates[run] = records * (double) hitsPerRecord / seconds;
                System.out.printf("%s run %d%s: %d records x %d hits in %.2f s = %,.0f rule-hit rows/s"
                                + " (this JVM used %.2f s of CPU: %,.0f rows per CPU-second; load average %.1f)%n", backend,
                        run + 1, run < warmup ? " (warm-up)" : "", records, hitsPerRecord, seconds, rates[run], cpuSeconds,
                        records * (double) hitsPerRecord / cpuSeconds, os.getSystemLoadAverage());
            } finally {
                if (!backend.equals("h2")) {
                    try (Connection connection = DriverManager.getConnection(baseUrl);
                         Statement statement = connection.createStatement()) {
                        statement.execute("drop schema " + schema + " cascade");
                    }
                }
            }
        }
        if (warmup > 0) {
            double[] cold = Arrays.copyOfRange(rates, 0, warmup);
            Arrays.sort(cold);
            System.out.printf("%s warm-up: median of %d runs %,.0f rule-hit rows/s (min %,.0f, max %,.0f)%n", backend,
                    warmup, cold[cold.length / 2], cold[0], cold[cold.length - 1]);
        }
        double[] counted = Arrays.copyOfRange(rates, warmup, rates.length);
        Arrays.sort(counted);
        System.out.printf("%s median of %d runs after %d warm-up runs: %,.0f rule-hit rows/s (min %,.0f, max %,.0f)%n",
                backend, runs, warmup, counted[counted.length / 2], counted[0], counted[counted.length - 1]);
    }
}
