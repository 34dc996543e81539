package org.ctipcheck.submission;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Immutable sets of enum constants that iterate in declaration order. {@code Set.copyOf} iterates in an
 * order salted per JVM run, which made the evidence order in reports differ from one run to the next.
 */
final class EnumSets {
    private EnumSets() {
    }

    static <E extends Enum<E>> Set<E> ordered(Class<E> type, Collection<E> values) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            set.addAll(values);
        }
        return Collections.unmodifiableSet(set);
    }
}
