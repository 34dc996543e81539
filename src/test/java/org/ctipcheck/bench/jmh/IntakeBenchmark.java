package org.ctipcheck.bench.jmh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.ctipcheck.intake.ReadSubmission;
import org.ctipcheck.intake.SubmissionReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * JSON intake of one submission (issue 15: parse + validate + map ≤ 0.2 ms): the sample's YAML is turned into the
 * JSON body a REST client sends, once; each call reads those bytes the way {@code POST /api/v1/evaluations} does
 * ({@link SubmissionReader#read(String, byte[])}: parse, bind, validate, map to facts, canonical JSON and its
 * SHA-256). Run with bench/jmh.sh from the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IntakeBenchmark {
    @Param("samples/01-compliant-overseas-services/submission.yaml")
    public String submission;

    private final SubmissionReader reader = new SubmissionReader();
    private byte[] json;

    @Setup
    public void convert() throws Exception {
        Object tree = YAMLMapper.builder().build().readTree(Files.readAllBytes(Path.of(submission)));
        json = JsonMapper.builder().build().writeValueAsBytes(tree);
        reader.read("request-body.json", json); // fails the setup if the JSON is not a valid submission
    }

    @Benchmark
    public ReadSubmission readJson() throws Exception {
        return reader.read("request-body.json", json);
    }
}
