package org.ctipcheck.supplychain;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.ctipcheck.evaluation.SupplyChainEvaluator;
import org.ctipcheck.findings.RiskLevel;
import org.ctipcheck.findings.RowFinding;
import org.ctipcheck.submission.AttestationRow;
import org.ctipcheck.submission.SupplyChainContext;

/**
 * Screens an attestation file: read and map on one thread; screen against the lists, evaluate the rules a
 * chunk at a time, count and write per-row results on the calling thread (this split keeps both cores
 * similarly busy). Memory is bounded by the chunk
 * size and queue depth, never by the file. Every record read is either evaluated or rejected with its line.
 */
public final class SupplyChainScreen {
    public static final int CHUNK = 2048;
    private static final int QUEUE = 4;

    private final SupplyChainEvaluator evaluator;
    private final ReferenceLists lists;
    private final SupplyChainContext context;
    private final int chunkSize;

    public SupplyChainScreen(SupplyChainEvaluator evaluator, ReferenceLists lists, LocalDate evaluationDate) {
        this(evaluator, lists, evaluationDate, CHUNK);
    }

    /** With {@code chunkSize} rows per rules session (1 = a session per row, for comparison in benchmarks). */
    public SupplyChainScreen(SupplyChainEvaluator evaluator, ReferenceLists lists, LocalDate evaluationDate,
            int chunkSize) {
        this.chunkSize = chunkSize;
        this.evaluator = evaluator;
        this.lists = lists;
        this.context = new SupplyChainContext(evaluationDate);
    }

    /** CSV unless the name ends in .jsonl or .ndjson. */
    public static String formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") ? "jsonl" : "csv";
    }

    /**
     * Screens the file.
     *
     * @throws InvalidAttestationFile when the file cannot be opened, is empty or its header does not match
     */
    public SupplyChainSummary screen(Path file, RowSink sink, Progress progress) {
        String format = formatOf(file);
        long size;
        CountingStream counting;
        RecordReader reader;
        try {
            size = Files.size(file);
            counting = new CountingStream(Files.newInputStream(file));
            InputStreamReader chars = new InputStreamReader(counting, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
            reader = format.equals("jsonl") ? new JsonLinesRecordReader(new BufferedReader(chars, 1 << 16))
                    : new CsvRecordReader(chars);
        } catch (IOException e) {
            throw new InvalidAttestationFile(file + ": cannot be read: " + e.getMessage());
        }
        try (RecordReader records = reader) {
            if (format.equals("jsonl") && size == 0) {
                throw new InvalidAttestationFile(file + ": the file is empty; expected JSON Lines objects with the fields "
                        + AttestationColumns.describe());
            }
            int[] positions = AttestationColumns.positions(records.header(), file.toString());
            RowMapper mapper = new RowMapper(positions, records.header().size(), lists);
            SupplyChainTally tally = new SupplyChainTally();
            run(records, mapper, sink, tally, progress, counting, size);
            progress.done(0);
            return tally.summary(file.toString(), format, lists.editions(), evaluator.evaluateLists(lists.editions(), context));
        } catch (IOException e) {
            throw new InvalidAttestationFile(file + ": cannot be read: " + e.getMessage());
        }
    }

    private void run(RecordReader records, RowMapper mapper, RowSink sink, SupplyChainTally tally, Progress progress,
            CountingStream counting, long size) throws IOException {
        BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(QUEUE);
        Object end = new Object();
        Thread producer = new Thread(() -> produce(records, mapper, chunks, end, chunkSize), "ctip-attestation-reader");
        producer.setDaemon(true);
        producer.start();
        long rows = 0;
        try {
            while (true) {
                Object next = chunks.take();
                if (next == end) {
                    break;
                }
                if (next instanceof IOException failure) {
                    throw failure;
                }
                if (next instanceof RuntimeException failure) {
                    throw failure;
                }
                @SuppressWarnings("unchecked")
                List<RowMapper.Mapped> chunk = (List<RowMapper.Mapped>) next;
                consume(chunk, sink, tally);
                rows += chunk.size();
                progress.update(rows, counting.count, size);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } finally {
            producer.interrupt();
        }
    }

    private static void produce(RecordReader records, RowMapper mapper, BlockingQueue<Object> chunks, Object end,
            int chunkSize) {
        try {
            List<RowMapper.Mapped> chunk = new ArrayList<>(chunkSize);
            for (RawRecord record = records.next(); record != null; record = records.next()) {
                chunk.add(mapper.mapUnscreened(record));
                if (chunk.size() == chunkSize) {
                    chunks.put(chunk);
                    chunk = new ArrayList<>(chunkSize);
                }
            }
            if (!chunk.isEmpty()) {
                chunks.put(chunk);
            }
            chunks.put(end);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            try {
                chunks.put(e);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void consume(List<RowMapper.Mapped> chunk, RowSink sink, SupplyChainTally tally) throws IOException {
        List<AttestationRow> rows = new ArrayList<>(chunk.size());
        for (RowMapper.Mapped mapped : chunk) {
            if (mapped.row() != null) {
                rows.add(lists.screen(mapped.row()));
            }
        }
        Map<Long, List<RowFinding>> byLine = new HashMap<>();
        for (RowFinding finding : evaluator.evaluate(rows, context)) {
            byLine.computeIfAbsent(finding.line(), line -> new ArrayList<>(2)).add(finding);
        }
        int next = 0;
        for (RowMapper.Mapped mapped : chunk) {
            if (mapped.row() == null) {
                tally.rejected(mapped.line(), mapped.rejection());
                sink.rejected(mapped.line(), mapped.rejection());
                continue;
            }
            AttestationRow row = rows.get(next++);
            List<RowFinding> findings = byLine.getOrDefault(row.line(), List.of());
            RiskLevel level = RiskLevel.of(findings, row.screening().listedRisk());
            tally.row(row, findings, level);
            sink.row(row, findings, level);
        }
    }

    /** Counts bytes read, for the progress bar's ETA. */
    private static final class CountingStream extends FilterInputStream {
        volatile long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
