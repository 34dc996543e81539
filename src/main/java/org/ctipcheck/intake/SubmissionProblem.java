package org.ctipcheck.intake;

/** One thing wrong with a submission: where (JSON Pointer, and line/column when known) and what. */
public record SubmissionProblem(String pointer, int line, int column, String message) {

    public static SubmissionProblem at(String pointer, String message) {
        return new SubmissionProblem(pointer, 0, 0, message);
    }

    /** "/award/portions/0/estimatedValue (line 12, column 25): must be a number". */
    public String describe() {
        String where = pointer == null || pointer.isEmpty() ? "(document)" : pointer;
        if (line > 0) {
            where += " (line " + line + (column > 0 ? ", column " + column : "") + ")";
        }
        return where + ": " + message;
    }
}
