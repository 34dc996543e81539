package org.ctipcheck.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.ctipcheck.audit.AuditEntry;
import org.ctipcheck.audit.AuditLocation;
import org.ctipcheck.audit.AuditStore;
import org.ctipcheck.audit.AuditWriter;
import org.ctipcheck.audit.StoreInUseException;
import org.ctipcheck.audit.SupplyChainLog;
import org.ctipcheck.evaluation.ComplianceEvaluator;
import org.ctipcheck.evaluation.Ruleset;
import org.ctipcheck.evaluation.RulesetLoader;
import org.ctipcheck.evaluation.SupplyChainEvaluator;
import org.ctipcheck.findings.EvaluationResult;
import org.ctipcheck.findings.RiskLevel;
import org.ctipcheck.findings.RowFinding;
import org.ctipcheck.intake.ReadSubmission;
import org.ctipcheck.intake.SubmissionReader;
import org.ctipcheck.submission.AttestationRow;
import org.ctipcheck.supplychain.Progress;
import org.ctipcheck.supplychain.ReferenceLists;
import org.ctipcheck.supplychain.RowSink;
import org.ctipcheck.supplychain.SupplyChainScreen;
import org.ctipcheck.supplychain.SupplyChainSummary;

/**
 * Issue 11 (not a test): how long a short check's audit write (writer, next, append, commit of one record) takes on
 * a PostgreSQL store alone, and while another connection records a supply-chain screen of FILE (10^6 rows) into the
 * same store, as ctip check --supply-chain does (its per-row hits stream into its open batch; its record is linked
 * into the chain after the screen). Short checks run every 250 ms from 50,000 rows into the screen until the long
 * check commits, each tagged with the long check's phase when it started: still screening, or after the screen
 * (the long check then holds the chain head for its record and commit). A last run takes the chain head before the
 * screen, the order before issue 11, to show what a short check met then. Arguments: FILE [ALONE_RUNS] [LONG_RUNS];
 * needs $CTIP_TEST_POSTGRES_URL (a schema of its own, dropped at the end). Run with bench/short-check-during-screen.sh.
 */
public final class ShortCheckDuringScreenBenchmark {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

    private ShortCheckDuringScreenBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int aloneRuns = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int longRuns = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Ruleset ruleset = new RulesetLoader().load(Path.of("rules"));
        SupplyChainScreen screen = new SupplyChainScreen(new SupplyChainEvaluator(ruleset),
                ReferenceLists.load(Path.of("rules/reference")), AS_OF, org.ctipcheck.fixtures.AttestationFixture.WORKERS);
        ReadSubmission submission = new SubmissionReader().read(Path.of("samples/01-compliant-overseas-services/submission.yaml"));
        EvaluationResult result = new ComplianceEvaluator(ruleset).evaluate(submission.facts(), AS_OF);
        AuditEntry entry = new AuditEntry(Instant.now(), "bench", "benchmark", "Bench Org", "AWARD-1", submission.source(),
                submission.sha256(), submission.canonicalJson(), ruleset.fingerprint(), ruleset.sources(), List.of(),
                AS_OF, result.determination(), result.findings(), result.ruleHits(), Map.of("json", "0".repeat(64)));
        String baseUrl = System.getenv("CTIP_TEST_POSTGRES_URL");
        String schema = "ctip_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        AuditLocation location = new AuditLocation(Files.createTempDirectory("ctip-short-bench-"),
                baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        try (AuditStore store = AuditStore.open(location)) {
            store.publicKeyPem();
            for (int i = 0; i < 10; i++) {
                shortCheck(store, entry); // warm-up: JIT, the ruleset archived once
            }
            long[] alone = new long[aloneRuns];
            for (int i = 0; i < aloneRuns; i++) {
                alone[i] = shortCheck(store, entry);
            }
            System.out.printf("short check alone: median %.1f ms, max %.1f ms (%d runs)%n", median(alone) / 1e6,
                    max(alone) / 1e6, aloneRuns);
            for (int run = 1; run <= longRuns; run++) {
                during(store, location, screen, file, entry, false, "run " + run);
            }
            during(store, location, screen, file, entry, true, "chain head taken before the screen (order before issue 11)");
        } finally {
            try (Connection connection = DriverManager.getConnection(baseUrl); Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    /** The audit part of a one-submission check: writer, stamp, append, commit. */
    private static long shortCheck(AuditStore store, AuditEntry entry) {
        long start = System.nanoTime();
        try (AuditWriter writer = store.writer()) {
            writer.append(writer.next(), entry);
            writer.commit();
        }
        return System.nanoTime() - start;
    }

    private static void during(AuditStore store, AuditLocation location, SupplyChainScreen screen, Path file,
            AuditEntry entry, boolean headFirst, String label) throws Exception {
        AtomicLong rows = new AtomicLong();
        // nanoTime when the screen ended, when the long check committed
        java.util.concurrent.atomic.AtomicLongArray phases = new java.util.concurrent.atomic.AtomicLongArray(2);
        long start = System.nanoTime();
        CompletableFuture<Long> longCheck = CompletableFuture.supplyAsync(() -> {
            try (AuditStore own = AuditStore.open(location); AuditWriter writer = own.writer()) {
                if (headFirst) {
                    writer.next();
                }
                SupplyChainLog log = writer.supplyChain();
                SupplyChainSummary summary;
                try (RowSink sink = counting(log, rows)) {
                    summary = screen.screen(file, sink, Progress.NONE);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                SupplyChainLog.Recorded recorded = log.finish(summary);
                phases.set(0, System.nanoTime());
                AuditEntry e = entry;
                writer.append(writer.next(), new AuditEntry(e.recordedAt(), e.actor(), e.role(), e.organization(),
                        e.awardId(), e.source(), e.submissionSha256(), e.canonicalSubmission(), e.rulesetFingerprint(),
                        e.ruleFiles(), recorded.referenceEditions(), e.evaluationDate(), e.determination(), e.findings(),
                        e.ruleHits(), e.reportHashes(), recorded));
                writer.commit();
                phases.set(1, System.nanoTime());
                return recorded.hitCount();
            }
        });
        while (rows.get() < 50_000 && !longCheck.isDone()) {
            Thread.sleep(20);
        }
        List<Long> inScreen = new ArrayList<>();
        List<Long> inLinking = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        while (!longCheck.isDone()) {
            long t = System.nanoTime();
            boolean startedInScreen = phases.get(0) == 0;
            try {
                long took = shortCheck(store, entry);
                (startedInScreen ? inScreen : inLinking).add(took);
            } catch (StoreInUseException e) {
                refused.add(String.format("%.1f s", (System.nanoTime() - t) / 1e9));
            }
            Thread.sleep(250);
        }
        long hits = longCheck.get();
        System.out.printf("%s: long check screened %,d rows (%,d row hits) in %.1f s, linked and committed in %.0f ms%n",
                label, rows.get(), hits, (phases.get(0) - start) / 1e9, (phases.get(1) - phases.get(0)) / 1e6);
        System.out.printf("  short checks started during the screen: %s; after it: %s; refused (store in use) after: %s%n",
                summary(inScreen), summary(inLinking), refused);
    }

    private static RowSink counting(SupplyChainLog log, AtomicLong rows) {
        return new RowSink() {
            @Override
            public void row(AttestationRow row, List<RowFinding> findings, RiskLevel level) {
                rows.incrementAndGet();
                log.row(row, findings, level);
            }

            @Override
            public void rejected(long line, String reason) {
                rows.incrementAndGet();
                log.rejected(line, reason);
            }

            @Override
            public void close() {
                log.close();
            }
        };
    }

    private static String summary(List<Long> times) {
        if (times.isEmpty()) {
            return "none";
        }
        long[] values = times.stream().mapToLong(Long::longValue).toArray();
        return String.format("%d, median %.1f ms, max %.1f ms", values.length, median(values) / 1e6, max(values) / 1e6);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long max(long[] values) {
        return java.util.Arrays.stream(values).max().orElse(0);
    }
}
