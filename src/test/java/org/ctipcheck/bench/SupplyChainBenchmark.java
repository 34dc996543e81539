package org.ctipcheck.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
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
 * Arguments: FILE [REPETITIONS] [CHUNK] (CHUNK 1 = one rules session per row).
 */
public final class SupplyChainBenchmark {
    private SupplyChainBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int chunk = args.length > 2 ? Integer.parseInt(args[2]) : SupplyChainScreen.CHUNK;
        long loadStart = System.nanoTime();
        SupplyChainEvaluator evaluator = new SupplyChainEvaluator(new RulesetLoader().load(Path.of("rules")));
        ReferenceLists lists = ReferenceLists.load(Path.of("rules/reference"));
        System.out.printf("setup (rules + lists): %d ms%n", (System.nanoTime() - loadStart) / 1_000_000);
        SupplyChainScreen screen = new SupplyChainScreen(evaluator, lists, LocalDate.of(2026, 11, 28), chunk);
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
