package org.ctipcheck.submission;

/**
 * What a rule looked at: a JSON Pointer into the submission, the value seen there (null when absent),
 * and the reference into the source document when the submission gives one.
 */
public record Evidence(String pointer, Object value, String documentReference) {

    public static Evidence at(String pointer, Object value) {
        return new Evidence(pointer, value, null);
    }
}
