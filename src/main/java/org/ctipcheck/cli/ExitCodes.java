package org.ctipcheck.cli;

/** Documented in the README; never change a number, only add. */
final class ExitCodes {
    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int INVALID_INPUT = 2;
    static final int RULESET_ERROR = 3;
    static final int INTERNAL_ERROR = 4;
    /** The audit log could not record the evaluation (in use, unreachable, failed): no report was issued. */
    static final int AUDIT_ERROR = 5;

    private ExitCodes() {
    }
}
