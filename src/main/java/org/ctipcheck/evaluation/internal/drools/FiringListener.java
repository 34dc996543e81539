package org.ctipcheck.evaluation.internal.drools;

import java.util.List;

/** Told about each rule firing just before its consequence runs, with the matched facts. */
@FunctionalInterface
public interface FiringListener {
    void beforeFiring(String ruleName, List<Object> matchedFacts);

    /** False when the listener ignores the matched facts: they are then not collected (an empty list is passed). */
    default boolean wantsMatchedFacts() {
        return true;
    }
}
