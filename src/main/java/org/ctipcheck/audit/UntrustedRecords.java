package org.ctipcheck.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The records whose own checkpoint (the first at or after them) is signed by a key that is not trusted, by key. */
final class UntrustedRecords {
    private final Map<String, List<long[]>> rangesByKey = new LinkedHashMap<>();
    private final Map<String, Boolean> unknown = new LinkedHashMap<>();
    private long first = Long.MAX_VALUE;

    void add(String keyId, boolean unknownKey, long from, long to) {
        if (from > to) {
            return;
        }
        List<long[]> ranges = rangesByKey.computeIfAbsent(keyId, id -> new ArrayList<>());
        long[] previous = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
        if (previous != null && previous[1] + 1 == from) {
            previous[1] = to; // consecutive batches of the same key read as one range
        } else {
            ranges.add(new long[] {from, to});
        }
        unknown.put(keyId, unknownKey);
        first = Math.min(first, from);
    }

    boolean isEmpty() {
        return rangesByKey.isEmpty();
    }

    long first() {
        return first;
    }

    String describe(boolean trustFromStore) {
        List<String> parts = new ArrayList<>();
        rangesByKey.forEach((keyId, ranges) -> {
            List<String> names = new ArrayList<>();
            for (long[] range : ranges) {
                names.add(range[0] == range[1] ? "#" + range[0] : "#" + range[0] + " to #" + range[1]);
            }
            long count = ranges.stream().mapToLong(r -> r[1] - r[0] + 1).sum();
            parts.add((count == 1 ? "record " : "records ") + String.join(", ", names) + " signed by untrusted key "
                    + keyId + (unknown.get(keyId)
                            ? " (not registered in this store" + (trustFromStore ? "" : " nor given with --public-key")
                                    + ": its signatures cannot be checked)"
                            : " (the signatures are valid, but the key is not among the keys given with --public-key)"));
        });
        return String.join("; ", parts);
    }
}
