package org.ctipcheck.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ctipcheck.evaluation.ComplianceEvaluator;
import org.ctipcheck.evaluation.RulesetLoader;
import org.ctipcheck.intake.ReadSubmission;
import org.ctipcheck.intake.SubmissionReader;

/**
 * Warm evaluation benchmark (not a test): times ComplianceEvaluator.evaluate on one submission after warm-up,
 * call by call, and reports the median and the 99th percentile, next to the intake (parse, validate, map) of
 * the same file as a same-process baseline. Run with bench/warm-evaluation.sh.
 */
public final class WarmEvaluationBenchmark {
    private WarmEvaluationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "samples/01-compliant-overseas-services/submission.yaml");
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        LocalDate asOf = LocalDate.of(2026, 3, 1);
        ComplianceEvaluator evaluator = new ComplianceEvaluator(new RulesetLoader().load(Path.of("rules")));
        SubmissionReader reader = new SubmissionReader();
        ReadSubmission submission = reader.read(file);

        for (int i = 0; i < calls; i++) {
            evaluator.evaluate(submission.facts(), asOf);
            reader.read(file);
        }
        long[] evaluate = new long[calls];
        long[] intake = new long[calls];
        int hits = 0;
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            hits += evaluator.evaluate(submission.facts(), asOf).ruleHits().size();
            evaluate[i] = System.nanoTime() - start;
            start = System.nanoTime();
            reader.read(file);
            intake[i] = System.nanoTime() - start;
        }
        double parallel = throughput(evaluator, submission, asOf, calls);
        System.out.printf("submission: %s (%d rule hits per evaluation, %d rules)%n", file, hits / calls,
                evaluator.ruleset().rules().size());
        System.out.printf("evaluate:  median %.1f us, p99 %.1f us over %d calls after %d warm-up calls%n",
                percentile(evaluate, 50), percentile(evaluate, 99), calls, calls);
        System.out.printf("intake:    median %.1f us, p99 %.1f us (parse + validate + map, same file: baseline)%n",
                percentile(intake, 50), percentile(intake, 99));
        System.out.printf("ratio:     evaluate / intake = %.2f%n", percentile(evaluate, 50) / percentile(intake, 50));
        System.out.printf("2 threads: %.0f evaluations/s (one shared evaluator)%n", parallel);
        System.out.printf("machine:   %d cores, %s %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    private static double throughput(ComplianceEvaluator evaluator, ReadSubmission submission, LocalDate asOf, int calls)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            long start = System.nanoTime();
            Future<?> a = pool.submit(() -> repeat(evaluator, submission, asOf, calls / 2));
            Future<?> b = pool.submit(() -> repeat(evaluator, submission, asOf, calls / 2));
            a.get();
            b.get();
            return calls / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    private static void repeat(ComplianceEvaluator evaluator, ReadSubmission submission, LocalDate asOf, int n) {
        for (int i = 0; i < n; i++) {
            evaluator.evaluate(submission.facts(), asOf);
        }
    }

    private static double percentile(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1000.0;
    }
}
