package org.ctipcheck.evaluation;

/** Where a ruleset is broken: file (relative to the rules folder), line (0 when unknown) and what is wrong. */
public record RulesetProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return (file == null ? "" : file + (line > 0 ? ":" + line : "") + ": ") + message;
    }
}
