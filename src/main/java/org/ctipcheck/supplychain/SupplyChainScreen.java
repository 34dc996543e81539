package org.ctipcheck.supplychain;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import org.ctipcheck.evaluation.SupplyChainEvaluator;
import org.ctipcheck.findings.RiskLevel;
import org.ctipcheck.findings.RowFinding;
import org.ctipcheck.submission.AttestationRow;
import org.ctipcheck.submission.ContractTerms;
import org.ctipcheck.submission.SupplyChainContext;

/**
 * Screens an attestation stream: the calling thread reads records and cuts them into chunks; each chunk is mapped,
 * screened against the lists and evaluated in one pooled rules session on the executor the caller gives (one
 * task per chunk); the calling thread takes the chunks' results in file order, counts them and hands each row to
 * the {@link RowSink}, so the sink sees rows one at a time, in file order, on the calling thread. At most
 * {@link #IN_FLIGHT} chunks are in flight, so memory is bounded by the chunk size, never by the file; the
 * screen never waits for a task it has not yet handed over, so any executor works (a direct one runs the screen
 * sequentially). Every record read is either evaluated or rejected with its line. The SHA-256 of the bytes read
 * is computed while reading.
 */
public final class SupplyChainScreen {
    public static final int CHUNK = 512;
    /** Chunks handed to the executor and not yet consumed. */
    static final int IN_FLIGHT = 10;

    private final SupplyChainEvaluator evaluator;
    private final ReferenceLists lists;
    private final SupplyChainContext context;
    private final int chunkSize;
    private final Executor executor;

    public SupplyChainScreen(SupplyChainEvaluator evaluator, ReferenceLists lists, LocalDate evaluationDate,
            Executor executor) {
        this(evaluator, lists, evaluationDate, CHUNK, executor);
    }

    /** With {@code chunkSize} rows per rules session (1 = a session per row, for comparison in benchmarks). */
    public SupplyChainScreen(SupplyChainEvaluator evaluator, ReferenceLists lists, LocalDate evaluationDate,
            int chunkSize, Executor executor) {
        this(evaluator, lists, new SupplyChainContext(evaluationDate), chunkSize, executor);
    }

    /** For the contract in {@code context} (DoD or not, the clause's threshold: {@link ContractTerms}). */
    public SupplyChainScreen(SupplyChainEvaluator evaluator, ReferenceLists lists, SupplyChainContext context,
            Executor executor) {
        this(evaluator, lists, context, CHUNK, executor);
    }

    private SupplyChainScreen(SupplyChainEvaluator evaluator, ReferenceLists lists, SupplyChainContext context,
            int chunkSize, Executor executor) {
        this.chunkSize = chunkSize;
        this.evaluator = evaluator;
        this.lists = lists;
        this.context = context;
        this.executor = executor;
    }

    /** CSV unless the name ends in .jsonl or .ndjson. */
    public static String formatOf(Path file) {
        return new AttestationSource(file.toString(), null, -1).format();
    }

    public SupplyChainSummary screen(Path file, RowSink sink, Progress progress) {
        return screen(AttestationSource.of(file), sink, progress);
    }

    /**
     * Screens the attestation, reading its bytes once.
     *
     * @throws InvalidAttestationFile when it cannot be opened or read, is empty or its header does not match
     */
    public SupplyChainSummary screen(AttestationSource source, RowSink sink, Progress progress) {
        String format = source.format();
        String name = source.name();
        HashingStream counting;
        RecordReader reader;
        boolean empty;
        try {
            counting = new HashingStream(source.opener().open());
            BufferedInputStream bytes = new BufferedInputStream(counting, 1 << 16);
            bytes.mark(1);
            empty = bytes.read() < 0;
            bytes.reset();
            InputStreamReader chars = new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
            reader = format.equals("jsonl") ? new JsonLinesRecordReader(new BufferedReader(chars, 1 << 16))
                    : new CsvRecordReader(chars);
        } catch (IOException e) {
            throw new InvalidAttestationFile(name + ": cannot be read: " + e.getMessage());
        }
        try (RecordReader records = reader) {
            List<String> header = records.header();
            if (format.equals("jsonl") && empty) {
                throw new InvalidAttestationFile(name + ": the file is empty; expected JSON Lines objects with the fields "
                        + AttestationColumns.describe());
            }
            int[] positions = AttestationColumns.positions(header, name);
            RowMapper mapper = new RowMapper(positions, header.size(), lists);
            SupplyChainTally tally = new SupplyChainTally();
            StaleListMisses misses = new StaleListMisses(lists);
            run(records, mapper, sink, tally, misses, progress, counting, source.size());
            progress.done(0);
            return tally.summary(name, format, lists.editions(),
                    evaluator.evaluateLists(lists.editions(), misses.facts(), context), counting.sha256(),
                    misses.onListsNotCurrent(context.today()));
        } catch (IOException e) {
            throw new InvalidAttestationFile(name + ": cannot be read: " + e.getMessage());
        }
    }

    private void run(RecordReader records, RowMapper mapper, RowSink sink, SupplyChainTally tally, StaleListMisses misses,
            Progress progress, HashingStream counting, long size) throws IOException {
        Pipeline pipeline = new Pipeline(records, mapper);
        if (!pipeline.start()) {
            runOnThisThread(records, mapper, sink, tally, misses, progress, counting, size);
            return;
        }
        long rows = 0;
        try {
            for (FutureTask<Screened> next = pipeline.next(); next != null; next = pipeline.next()) {
                next.run(); // a chunk no worker has started yet is screened here: no wait on a busy executor
                rows += consume(result(next), sink, tally, misses);
                progress.update(rows, counting.count, size);
            }
            pipeline.rethrow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } finally {
            pipeline.stop();
        }
    }

    /**
     * Reading on one of the executor's threads, so that reading, hashing and parsing overlap with taking the
     * results on this one (the two were the longest stages, measured). Chunks go to the executor in file order
     * through a bounded queue. When the executor does not start the reader at once (a direct executor, or one
     * busy with other work), the screen runs on this thread instead.
     */
    private final class Pipeline {
        private final RecordReader records;
        private final RowMapper mapper;
        private final BlockingQueue<FutureTask<Screened>> chunks = new ArrayBlockingQueue<>(IN_FLIGHT);
        private final FutureTask<Screened> end = new FutureTask<>(() -> null);
        private final Thread caller = Thread.currentThread();
        private final java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        private final FutureTask<Void> reader = new FutureTask<>(this::read);
        private volatile Exception failure;

        Pipeline(RecordReader records, RowMapper mapper) {
            this.records = records;
            this.mapper = mapper;
        }

        /** True when the reader runs on another thread; false when this thread is to screen on its own. */
        boolean start() {
            try {
                executor.execute(reader);
                if (reader.isDone() && started.getCount() > 0) {
                    return false; // it ran on this thread and did nothing
                }
                if (started.await(200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    return true;
                }
            } catch (RejectedExecutionException refused) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return !reader.cancel(false) && started.getCount() == 0; // started just now: go on with it
        }

        private Void read() throws InterruptedException {
            if (Thread.currentThread() == caller) {
                return null; // a direct executor: the caller screens on its own
            }
            started.countDown();
            try {
                List<RawRecord> chunk = new ArrayList<>(chunkSize);
                for (RawRecord record = records.next(); record != null; record = records.next()) {
                    chunk.add(record);
                    if (chunk.size() == chunkSize) {
                        chunks.put(handed(chunk));
                        chunk = new ArrayList<>(chunkSize);
                    }
                }
                if (!chunk.isEmpty()) {
                    chunks.put(handed(chunk));
                }
            } catch (IOException | RuntimeException e) {
                failure = e;
            } finally {
                chunks.put(end);
            }
            return null;
        }

        private FutureTask<Screened> handed(List<RawRecord> chunk) {
            FutureTask<Screened> task = new FutureTask<>(() -> screenChunk(chunk, mapper));
            try {
                executor.execute(task);
            } catch (RejectedExecutionException refused) {
                // screened by the consumer when it gets there
            }
            return task;
        }

        /** The next chunk in file order, or null after the last. */
        FutureTask<Screened> next() throws InterruptedException {
            FutureTask<Screened> next = chunks.take();
            return next == end ? null : next;
        }

        void rethrow() throws IOException {
            if (failure instanceof IOException e) {
                throw e;
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
        }

        /** Stops the reader (interrupted; a put it is blocked in returns once the queue is drained). */
        void stop() {
            reader.cancel(true);
            FutureTask<Screened> task;
            while ((task = chunks.poll()) != null) {
                task.cancel(true);
            }
        }
    }

    /** The whole screen on the calling thread, handing chunks to the executor as it reads. */
    private void runOnThisThread(RecordReader records, RowMapper mapper, RowSink sink, SupplyChainTally tally,
            StaleListMisses misses, Progress progress, HashingStream counting, long size) throws IOException {
        ArrayDeque<FutureTask<Screened>> inFlight = new ArrayDeque<>();
        long rows = 0;
        try {
            List<RawRecord> chunk = new ArrayList<>(chunkSize);
            for (RawRecord record = records.next(); record != null; record = records.next()) {
                chunk.add(record);
                if (chunk.size() == chunkSize) {
                    hand(chunk, mapper, inFlight);
                    chunk = new ArrayList<>(chunkSize);
                    while (!inFlight.isEmpty() && (inFlight.size() >= IN_FLIGHT || inFlight.peek().isDone())) {
                        rows += consume(result(stolen(inFlight.poll())), sink, tally, misses);
                        progress.update(rows, counting.count, size);
                    }
                }
            }
            if (!chunk.isEmpty()) {
                hand(chunk, mapper, inFlight);
            }
            while (!inFlight.isEmpty()) {
                rows += consume(result(stolen(inFlight.poll())), sink, tally, misses);
                progress.update(rows, counting.count, size);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } finally {
            inFlight.forEach(task -> task.cancel(true));
        }
    }

    /** Hands a chunk to the executor; one it refuses (shut down, saturated) is screened on this thread. */
    private void hand(List<RawRecord> chunk, RowMapper mapper, ArrayDeque<FutureTask<Screened>> inFlight) {
        FutureTask<Screened> task = new FutureTask<>(() -> screenChunk(chunk, mapper));
        inFlight.add(task);
        try {
            executor.execute(task);
        } catch (RejectedExecutionException refused) {
            task.run();
        }
    }

    /** Runs the chunk here if no worker has started it (an executor that is busy or never runs it cannot stall us). */
    private static FutureTask<Screened> stolen(FutureTask<Screened> task) {
        task.run();
        return task;
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
    private static int consume(Screened chunk, RowSink sink, SupplyChainTally tally, StaleListMisses misses)
            throws IOException {
        RowMapper.Mapped[] mapped = chunk.mapped();
        for (int i = 0; i < mapped.length; i++) {
            AttestationRow row = mapped[i].row();
            if (row == null) {
                tally.rejected(mapped[i].line(), mapped[i].rejection());
                sink.rejected(mapped[i].line(), mapped[i].rejection());
                continue;
            }
            tally.row(row, chunk.findings()[i], chunk.levels()[i]);
            misses.row(row);
            sink.row(row, chunk.findings()[i], chunk.levels()[i]);
        }
        return mapped.length;
    }

}
