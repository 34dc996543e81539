package org.ctipcheck.web.ui;

import org.ctipcheck.audit.AuditRecord;
import org.ctipcheck.audit.AuditStore;
import org.ctipcheck.check.AuditReplay;
import org.ctipcheck.check.ReplayResult;
import org.ctipcheck.evaluation.RulesetException;
import org.ctipcheck.evaluation.RulesetLoader;
import org.ctipcheck.spring.CtipAuditLog;
import org.springframework.stereotype.Service;

/**
 * {@code ctip audit replay} for the log browser: the chain is verified first (an altered log runs nothing), then
 * the record's archived rules are checked against their fingerprint, compiled (cached when the service has a rules
 * cache) and the recorded submission re-evaluated as of its recorded date.
 */
@Service
class WebReplays {
    private final CtipAuditLog auditLog;
    private final RulesetLoader loader;

    WebReplays(CtipAuditLog auditLog, org.ctipcheck.spring.CtipCheckProperties settings) {
        this.auditLog = auditLog;
        this.loader = settings.rules().cacheDir() != null ? new RulesetLoader(settings.rules().cacheDir())
                : new RulesetLoader();
    }

    /** The replay, or why there is none (in the user's words). */
    record Outcome(AuditRecord record, ReplayResult result, String refusal) {
    }

    Outcome replay(String id) {
        try (AuditStore store = auditLog.open()) {
            AuditRecord record = store.queries().find(id)
                    .orElseThrow(() -> new PageNotFound("There is no record " + id + " in the audit log."));
            try {
                AuditReplay.requireIntact(store);
                return new Outcome(record, AuditReplay.replay(record,
                        AuditReplay.archivedRuleset(store.queries(), record, loader)), null);
            } catch (AuditReplay.Tampered e) {
                return new Outcome(record, null, "Audit log TAMPERED: " + e.getMessage());
            } catch (RulesetException | org.ctipcheck.audit.AuditException e) {
                return new Outcome(record, null, "Not replayed: " + e.getMessage());
            }
        }
    }
}
