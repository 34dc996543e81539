package org.ctipcheck.workflow;

/**
 * Reads a submission a process refers to ({@link WorkflowVariables#SUBMISSION_REF}): a document store id, a file in
 * the contract file, a URL. The host provides it; without one, only submissions given as text are accepted.
 */
@FunctionalInterface
public interface SubmissionResolver {

    /** A resolved submission: its name (whose extension tells YAML from JSON) and its bytes. */
    record Resolved(String name, byte[] content) {
    }

    /**
     * The submission the reference names.
     *
     * @throws InvalidWorkflowInput when nothing can be found under the reference (say which, in the user's terms)
     */
    Resolved resolve(String reference);
}
