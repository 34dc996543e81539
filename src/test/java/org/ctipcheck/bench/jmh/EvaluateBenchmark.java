package org.ctipcheck.bench.jmh;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.ctipcheck.evaluation.ComplianceEvaluator;
import org.ctipcheck.evaluation.RulesetLoader;
import org.ctipcheck.findings.EvaluationResult;
import org.ctipcheck.submission.Submission;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The warm evaluation of one submission (issue 15: ≤ 0.3 ms median for sample 01 with the full pack): the bundled
 * ruleset (the build's precompiled executable model, as {@code ctip serve} loads it) is loaded once and reused, the
 * submission read once; each call is {@link ComplianceEvaluator#evaluate} as of the sample's date. Sample time mode,
 * so JMH prints the median (p0.50) and the tail. Run with bench/jmh.sh from the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EvaluateBenchmark {
    @Param("samples/01-compliant-overseas-services/submission.yaml")
    public String submission;

    private ComplianceEvaluator evaluator;
    private Submission facts;
    private final LocalDate asOf = LocalDate.of(2026, 3, 1);

    @Setup
    public void load() throws Exception {
        evaluator = new ComplianceEvaluator(new RulesetLoader().loadBundled());
        facts = new org.ctipcheck.intake.SubmissionReader().read(Path.of(submission)).facts();
    }

    @Benchmark
    public EvaluationResult evaluate() {
        return evaluator.evaluate(facts, asOf);
    }
}
