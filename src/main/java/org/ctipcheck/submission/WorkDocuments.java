package org.ctipcheck.submission;

import java.util.Set;

/** FAR 52.222-50(b)(9): written work documents. */
public record WorkDocuments(
        String pointer,
        Boolean provided,
        Boolean inLanguageWorkerUnderstands,
        Boolean relocationRequired,
        Integer daysBeforeRelocation,
        Set<WorkDocumentItem> contents,
        SourceReference source) implements DocumentedFact {

    public WorkDocuments {
        contents = contents == null ? Set.of() : Set.copyOf(contents);
    }
}
