package org.ctipcheck.check;

import java.util.List;

/** A replay: the determination recorded and replayed, and every finding that differs (empty when identical). */
public record ReplayResult(String rulesetFingerprint, String recordedDetermination, String replayedDetermination,
        List<FindingChange> changes) {

    public ReplayResult {
        changes = List.copyOf(changes);
    }

    public boolean identical() {
        return changes.isEmpty() && recordedDetermination.equals(replayedDetermination);
    }
}
