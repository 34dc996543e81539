package org.ctipcheck.submission;

/** A fact taken from the submission; {@link #pointer()} is its RFC 6901 JSON Pointer. */
public interface Fact {
    String pointer();

    default Evidence evidence(String field, Object value) {
        return new Evidence(pointer() + "/" + field, value, null);
    }

    default Evidence evidence() {
        return new Evidence(pointer(), null, null);
    }
}
