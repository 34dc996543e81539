package org.ctipcheck.spring;

import org.ctipcheck.audit.AuditException;
import org.ctipcheck.evaluation.RulesetException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns a start-up failure of the check into Spring Boot's "APPLICATION FAILED TO START" description and action, in
 * the settings' terms: a rule pack that does not load, an audit log that does not open, a {@code ctip.*} setting that
 * cannot work.
 */
public final class CtipFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RulesetException) {
                return new FailureAnalysis("ctip-check could not load its rule pack: " + cause.getMessage(),
                        "Set ctip.rules.location to a rules folder or a classpath: location holding a rule pack with"
                                + " its index.txt (leave it empty for the pack bundled in ctip-check), or fix the files"
                                + " named above.", cause);
            }
            if (cause instanceof AuditException) {
                return new FailureAnalysis("ctip-check could not open its audit log: " + cause.getMessage(),
                        "Check ctip.audit.dir, ctip.audit.db, ctip.audit.schema and ctip.audit.signing-key and the"
                                + " database they name, or set ctip.audit.enabled=false to check without recording.",
                        cause);
            }
            if (cause instanceof CtipSettingException) {
                return new FailureAnalysis("ctip-check setting: " + cause.getMessage(),
                        "Correct the ctip.* setting named above.", cause);
            }
        }
        return null;
    }
}
