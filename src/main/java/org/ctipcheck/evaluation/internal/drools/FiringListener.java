package org.ctipcheck.evaluation.internal.drools;

import java.util.List;

/** Told about each rule firing just before its consequence runs, with the matched facts. */
@FunctionalInterface
public interface FiringListener {
    void beforeFiring(String ruleName, List<Object> matchedFacts);
}
