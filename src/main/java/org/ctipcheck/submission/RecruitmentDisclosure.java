package org.ctipcheck.submission;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** FAR 52.222-50(b)(5)(i): disclosure of key terms during recruitment. */
public record RecruitmentDisclosure(
        String pointer,
        Boolean inLanguageWorkerUnderstands,
        Set<DisclosureItem> covers,
        Boolean misrepresentationFound,
        SourceReference source) implements DocumentedFact {

    public RecruitmentDisclosure {
        covers = EnumSets.ordered(DisclosureItem.class, covers);
    }

    /** The key terms of FAR 52.222-50(b)(5)(i) the disclosure leaves out, in clause order. */
    public List<DisclosureItem> missingItems() {
        return Arrays.stream(DisclosureItem.values()).filter(item -> !covers.contains(item)).toList();
    }
}
