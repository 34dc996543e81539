package org.ctipcheck.web.job;

import java.time.Instant;
import java.util.Optional;
import org.ctipcheck.audit.AuditStore;
import org.ctipcheck.audit.ServiceJobTable;
import org.ctipcheck.spring.CtipAuditLog;
import org.ctipcheck.web.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Jobs as the audit store keeps them (table service_job), so that a restart does not forget them: written when a
 * job is queued, starts and ends. When the service does not record (ctip.audit.enabled=false), jobs live in memory
 * only and a restart forgets them.
 */
@Component
class JobStore {
    static final String INTERRUPTED = "the service stopped while this job was queued or running (a restart, a crash"
            + " or a kill); nothing of it was recorded: submit it again";
    private final CtipAuditLog auditLog;

    JobStore(CtipAuditLog auditLog) {
        this.auditLog = auditLog;
    }

    void save(Job job) {
        if (auditLog.enabled()) {
            try (AuditStore store = auditLog.open()) {
                store.serviceJobs().save(JobView.row(job));
            }
        }
    }

    Optional<ServiceJobTable.Row> find(String id) {
        if (!auditLog.enabled()) {
            return Optional.empty();
        }
        try (AuditStore store = auditLog.open()) {
            return store.serviceJobs().find(id);
        }
    }

    /** At start-up: the jobs a previous run left QUEUED or RUNNING did not survive it; they become FAILED. */
    int failInterrupted(Instant now) {
        if (!auditLog.enabled()) {
            return 0;
        }
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, INTERRUPTED);
        problem.setTitle("Job interrupted");
        try (AuditStore store = auditLog.open()) {
            return store.serviceJobs().failUnfinished(now.toString(), JobView.JSON.writeValueAsString(Problems.body(problem)));
        }
    }
}
