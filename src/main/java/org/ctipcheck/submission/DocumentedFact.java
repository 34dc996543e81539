package org.ctipcheck.submission;

/** A fact that may cite where in the submitted document (PDF/DOCX plan) its content was found. */
public interface DocumentedFact extends Fact {
    SourceReference source();

    @Override
    default Evidence evidence(String field, Object value) {
        return new Evidence(pointer() + "/" + field, value, source() == null ? null : source().describe());
    }

    @Override
    default Evidence evidence() {
        return new Evidence(pointer(), null, source() == null ? null : source().describe());
    }
}
