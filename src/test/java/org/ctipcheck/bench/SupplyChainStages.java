package org.ctipcheck.bench;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ctipcheck.evaluation.RulesetLoader;
import org.ctipcheck.evaluation.SupplyChainEvaluator;
import org.ctipcheck.findings.RiskLevel;
import org.ctipcheck.findings.RowFinding;
import org.ctipcheck.submission.AttestationRow;
import org.ctipcheck.submission.SupplyChainContext;
import org.ctipcheck.supplychain.AttestationColumns;
import org.ctipcheck.supplychain.CsvRecordReader;
import org.ctipcheck.supplychain.RawRecord;
import org.ctipcheck.supplychain.ReferenceLists;
import org.ctipcheck.supplychain.RowMapper;
import org.ctipcheck.supplychain.SupplyChainTally;

/**
 * Not a test: single-threaded CPU time (of this thread) per stage over a CSV file, a chunk at a time (read, map, list screening,
 * rules, tally), to see where a row's time goes. Arguments: FILE [REPETITIONS] [CHUNK].
 */
public final class SupplyChainStages {
    private SupplyChainStages() {
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** This thread's CPU time: the machine is shared, so wall time would mostly measure the others. */
    private static long now() {
        return THREADS.getCurrentThreadCpuTime();
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int chunkSize = args.length > 2 ? Integer.parseInt(args[2]) : 2048;
        SupplyChainEvaluator evaluator = new SupplyChainEvaluator(new RulesetLoader().load(Path.of("rules")));
        ReferenceLists lists = ReferenceLists.load(Path.of("rules/reference"));
        SupplyChainContext context = new SupplyChainContext(LocalDate.of(2026, 11, 28));
        for (int r = 0; r < repetitions; r++) {
            long read = 0;
            long map = 0;
            long screen = 0;
            long rules = 0;
            long tally = 0;
            long rows = 0;
            SupplyChainTally counts = new SupplyChainTally();
            try (CsvRecordReader reader = new CsvRecordReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
                RowMapper mapper = new RowMapper(AttestationColumns.positions(reader.header(), "x"), reader.header().size(), lists);
                while (true) {
                    long t0 = now();
                    List<RawRecord> chunk = new ArrayList<>(chunkSize);
                    for (RawRecord record = reader.next(); record != null && chunk.size() < chunkSize; ) {
                        chunk.add(record);
                        if (chunk.size() < chunkSize) {
                            record = reader.next();
                        }
                    }
                    long t1 = now();
                    read += t1 - t0;
                    if (chunk.isEmpty()) {
                        break;
                    }
                    List<AttestationRow> screened = new ArrayList<>(chunk.size());
                    for (RawRecord record : chunk) {
                        AttestationRow row = mapper.map(record).row();
                        if (row != null) {
                            screened.add(row);
                        }
                    }
                    long t2 = now();
                    map += t2 - t1;
                    long t3 = now();
                    List<RowFinding> findings = evaluator.evaluate(screened, context);
                    long t4 = now();
                    rules += t4 - t3;
                    int f = 0;
                    for (AttestationRow row : screened) {
                        List<RowFinding> own = new ArrayList<>(2);
                        while (f < findings.size() && findings.get(f).line() == row.line()) {
                            own.add(findings.get(f++));
                        }
                        counts.row(row, own, RiskLevel.of(own, row.screening().listedRisk()));
                    }
                    tally += now() - t4;
                    rows += chunk.size();
                }
            }
            System.out.printf("rows %d: read %d ms, map+screen %d ms, - %d ms, rules %d ms, tally %d ms (per row ns: %d %d %d %d %d)%n",
                    rows, read / 1_000_000, map / 1_000_000, screen / 1_000_000, rules / 1_000_000, tally / 1_000_000,
                    read / rows, map / rows, screen / rows, rules / rows, tally / rows);
        }
    }
}
