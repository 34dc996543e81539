package org.ctipcheck.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.ctipcheck.audit.AuditException;
import org.ctipcheck.audit.AuditStore;
import org.ctipcheck.audit.AuditWriter;
import org.ctipcheck.evaluation.Ruleset;
import org.ctipcheck.report.ReportFormat;

/**
 * Group commit: the records of checks running at the same time are appended in one audit batch (one connection,
 * one chain-head lock, one signed checkpoint, one commit) instead of one batch each. Each check puts its evaluations
 * in a queue and takes the leader lock; the thread that gets it and finds its own evaluations still queued writes
 * everything queued so far and commits, then completes every check of the group; the others find theirs completed
 * when they get the lock in turn. No thread of its own: the leader is one of the waiting checks (as in database
 * write-ahead logs' group commit). "Recorded before issued" holds for each check: it returns its reports only
 * after the batch holding its records has committed, and a failed batch fails every check in it (nothing of it
 * recorded, nothing issued). The chain stays one total order across hosts: each batch still locks the chain head.
 */
final class GroupCommit {
    /** Bounds one transaction: checks beyond it wait for the next batch (written by one of them). */
    static final int MAX_CHECKS_PER_BATCH = 256;

    private final Supplier<AuditStore> auditLog;
    private final ReentrantLock leader = new ReentrantLock();
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    /**
     * A PostgreSQL store the last batch left open for the next because checks were queued when it ended (guarded by
     * the leader lock). Some queued check then takes the lock and uses it, so it is closed by the batch that finds
     * the queue empty: nothing stays open while idle. An embedded H2 store is always closed, so that a command line
     * can open it between batches.
     */
    private AuditStore handedOn;

    GroupCommit(Supplier<AuditStore> auditLog) {
        this.auditLog = auditLog;
    }

    /** One check's evaluations, waiting to be recorded; its result or failure is set by the leader, under its lock. */
    private static final class Pending {
        final AuditRecording recording;
        final List<AuditRecording.Evaluated> evaluations;
        final Ruleset ruleset;
        final Set<ReportFormat> formats;
        List<IssuedReport> issued;
        RuntimeException failure;

        Pending(AuditRecording recording, List<AuditRecording.Evaluated> evaluations, Ruleset ruleset,
                Set<ReportFormat> formats) {
            this.recording = recording;
            this.evaluations = evaluations;
            this.ruleset = ruleset;
            this.formats = formats;
        }

        boolean done() {
            return issued != null || failure != null;
        }
    }

    int queued() {
        return queue.size();
    }

    /** Records the evaluations with other checks' and returns the stamped reports once the batch has committed. */
    List<IssuedReport> record(AuditRecording recording, List<AuditRecording.Evaluated> evaluations, Ruleset ruleset,
            Set<ReportFormat> formats) {
        Pending mine = new Pending(recording, evaluations, ruleset, formats);
        queue.add(mine);
        leader.lock();
        try {
            // Under the lock a check's evaluations are either completed (by an earlier leader) or still queued.
            if (!mine.done()) {
                writeBatch();
            }
        } finally {
            leader.unlock();
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return mine.issued;
    }

    /** Writes everything queued (up to the bound) in one batch, then completes each check of it. */
    private void writeBatch() {
        List<Pending> batch = new ArrayList<>();
        for (Pending next; batch.size() < MAX_CHECKS_PER_BATCH && (next = queue.poll()) != null; ) {
            batch.add(next);
        }
        List<Pending> written = new ArrayList<>(batch.size());
        AuditStore store = handedOn;
        handedOn = null;
        boolean committed = false;
        try {
            if (store == null) {
                store = auditLog.get();
            }
            try (AuditWriter writer = store.writer()) {
                for (Pending pending : batch) {
                    appendOrFailAlone(pending, writer, written);
                }
                if (!written.isEmpty()) {
                    writer.commit();
                }
            }
            committed = true;
        } catch (RuntimeException e) {
            for (Pending pending : batch) {
                if (pending.failure == null) {
                    pending.issued = null;
                    pending.failure = e;
                }
            }
        } finally {
            if (store != null) {
                // a failed batch's connection may be broken: the next batch opens a new one
                if (committed && !queue.isEmpty() && !store.location().jdbcUrl().startsWith("jdbc:h2:")) {
                    handedOn = store;
                } else {
                    store.close();
                }
            }
        }
    }

    /**
     * Appends one check's evaluations. A check that fails before anything of it was appended (e.g. its report does
     * not render) fails alone and the batch goes on; a failure of the batch itself, or one after a record of the
     * check was appended, fails the whole batch (thrown).
     */
    private static void appendOrFailAlone(Pending pending, AuditWriter writer, List<Pending> written) {
        int before = pending.recording.appended();
        try {
            pending.issued = pending.recording.append(writer, pending.evaluations, pending.ruleset, pending.formats);
            written.add(pending);
        } catch (AuditException batchFailed) {
            throw batchFailed;
        } catch (RuntimeException e) {
            if (pending.recording.appended() != before) {
                throw e;
            }
            pending.failure = e;
        }
    }
}
