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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.ctipcheck.evaluation.SupplyChainEvaluator;
import org.ctipcheck.findings.RiskLevel;
import org.ctipcheck.findings.RowFinding;
import org.ctipcheck.submission.AttestationRow;
import org.ctipcheck.submission.SupplyChainContext;

/**
 * Screens an attestation file in three stages: one thread reads records and cuts them into chunks; a pool of
 * worker threads (one per core) maps each chunk's records, screens them against the lists and evaluates the
 * rules on the chunk in one pooled session; the calling thread takes the chunks' results in file order,
 * counts them and hands each row to the {@link RowSink}, so the sink sees rows one at a time, in file order,
 * on the calling thread. Memory is bounded by the chunk size and the queue of chunks in flight, never by the
 * file. Every record read is either evaluated or rejected with its line.
 */
public final class SupplyChainScreen {
    public static final int CHUNK = 512;
    /** Rules threads at most; fewer on a machine with fewer cores. */
    private static final int WORKERS_MAX = 4;

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
        int workers = Math.max(1, Math.min(WORKERS_MAX, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, new WorkerThreads());
        BlockingQueue<Future<Screened>> results = new ArrayBlockingQueue<>(workers * 2 + 2);
        Future<Screened> end = CompletableFuture.completedFuture(null);
        Thread producer = new Thread(() -> produce(records, mapper, pool, results, end), "ctip-attestation-reader");
        producer.setDaemon(true);
        producer.start();
        long rows = 0;
        try {
            while (true) {
                Future<Screened> next = results.take();
                if (next == end) {
                    break;
                }
                Screened chunk = result(next);
                consume(chunk, sink, tally);
                rows += chunk.mapped().length;
                progress.update(rows, counting.count, size);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } finally {
            producer.interrupt();
            pool.shutdownNow();
        }
    }

    private static Screened result(Future<Screened> future) throws IOException, InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException failure) {
                throw failure;
            }
            if (cause instanceof RuntimeException failure) {
                throw failure;
            }
            if (cause instanceof Error failure) {
                throw failure;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Reads records a chunk at a time and hands each chunk to the pool; the chunk's future goes into the
     * bounded queue in file order, so the consumer sees results in file order and at most the queue's
     * capacity (plus one) chunks are in memory.
     */
    private void produce(RecordReader records, RowMapper mapper, ExecutorService pool,
            BlockingQueue<Future<Screened>> results, Future<Screened> end) {
        try {
            try {
                List<RawRecord> chunk = new ArrayList<>(chunkSize);
                for (RawRecord record = records.next(); record != null; record = records.next()) {
                    chunk.add(record);
                    if (chunk.size() == chunkSize) {
                        List<RawRecord> full = chunk;
                        results.put(pool.submit(() -> screenChunk(full, mapper)));
                        chunk = new ArrayList<>(chunkSize);
                    }
                }
                if (!chunk.isEmpty()) {
                    List<RawRecord> last = chunk;
                    results.put(pool.submit(() -> screenChunk(last, mapper)));
                }
            } catch (IOException | RuntimeException e) {
                results.put(CompletableFuture.failedFuture(e));
            }
            results.put(end);
        } catch (InterruptedException | RejectedExecutionException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A chunk mapped, screened against the lists and evaluated: each row's findings and risk level. */
    private record Screened(RowMapper.Mapped[] mapped, List<RowFinding>[] findings, RiskLevel[] levels) {
    }

    /** Runs on a worker: maps and screens each record, then evaluates the chunk's rows in one rules session. */
    private Screened screenChunk(List<RawRecord> records, RowMapper mapper) {
        int size = records.size();
        RowMapper.Mapped[] mapped = new RowMapper.Mapped[size];
        List<AttestationRow> rows = new ArrayList<>(size);
        long[] lines = new long[size];
        int[] index = new int[size];
        for (int i = 0; i < size; i++) {
            mapped[i] = mapper.map(records.get(i));
            AttestationRow row = mapped[i].row();
            if (row != null) {
                lines[rows.size()] = row.line();
                index[rows.size()] = i;
                rows.add(row);
            }
        }
        @SuppressWarnings("unchecked")
        List<RowFinding>[] findings = new List[size];
        for (RowFinding finding : evaluator.evaluate(rows, context)) {
            int at = java.util.Arrays.binarySearch(lines, 0, rows.size(), finding.line());
            if (at < 0) {
                throw new IllegalStateException("a finding for line " + finding.line() + ", not a row of this chunk");
            }
            int i = index[at];
            if (findings[i] == null) {
                findings[i] = new ArrayList<>(2);
            }
            findings[i].add(finding);
        }
        RiskLevel[] levels = new RiskLevel[size];
        for (int i = 0; i < size; i++) {
            AttestationRow row = mapped[i].row();
            if (row != null) {
                if (findings[i] == null) {
                    findings[i] = List.of();
                }
                levels[i] = RiskLevel.of(findings[i], row.screening().listedRisk());
            }
        }
        return new Screened(mapped, findings, levels);
    }

    /** On the calling thread, in file order: counts and per-row output. */
    private static void consume(Screened chunk, RowSink sink, SupplyChainTally tally) throws IOException {
        RowMapper.Mapped[] mapped = chunk.mapped();
        for (int i = 0; i < mapped.length; i++) {
            AttestationRow row = mapped[i].row();
            if (row == null) {
                tally.rejected(mapped[i].line(), mapped[i].rejection());
                sink.rejected(mapped[i].line(), mapped[i].rejection());
                continue;
            }
            tally.row(row, chunk.findings()[i], chunk.levels()[i]);
            sink.row(row, chunk.findings()[i], chunk.levels()[i]);
        }
    }

    /** Daemon worker threads, named for thread dumps. */
    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "ctip-attestation-rules-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
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
