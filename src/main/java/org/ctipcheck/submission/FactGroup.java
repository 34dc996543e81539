package org.ctipcheck.submission;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A group of facts from one part of the submission; absent parts contribute nothing to working memory. */
public interface FactGroup {
    List<Object> facts();

    static List<Object> present(Object... candidates) {
        List<Object> facts = new ArrayList<>();
        for (Object candidate : candidates) {
            if (candidate instanceof Collection<?> many) {
                facts.addAll(many);
            } else if (candidate instanceof FactGroup group) {
                facts.addAll(group.facts());
            } else if (candidate != null) {
                facts.add(candidate);
            }
        }
        return facts;
    }
}
