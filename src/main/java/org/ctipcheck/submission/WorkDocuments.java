package org.ctipcheck.submission;

import java.util.Arrays;
import java.util.List;
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
        contents = EnumSets.ordered(WorkDocumentItem.class, contents);
    }

    /** The minimum content items of FAR 52.222-50(b)(9) the document leaves out, in clause order. */
    public List<WorkDocumentItem> missingContents() {
        return Arrays.stream(WorkDocumentItem.values()).filter(item -> !contents.contains(item)).toList();
    }

    /** Relocation is needed and the document reaches the worker fewer than 5 days before it. */
    public boolean lateForRelocation() {
        return Boolean.TRUE.equals(relocationRequired) && daysBeforeRelocation != null && daysBeforeRelocation < 5;
    }

    /** Everything needed to judge delivery is stated: not given at all, or given with language and timing when relocating. */
    public boolean deliveryStated() {
        if (Boolean.FALSE.equals(provided)) {
            return true;
        }
        return provided != null && inLanguageWorkerUnderstands != null && relocationRequired != null
                && (!relocationRequired || daysBeforeRelocation != null);
    }
}
