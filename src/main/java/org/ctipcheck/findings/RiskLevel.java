package org.ctipcheck.findings;

import java.util.List;

/**
 * A row's risk: CRITICAL with a BLOCKER finding, HIGH with a MAJOR one, MEDIUM with a MINOR or review finding
 * or a listed good or high-risk country, LOW otherwise. Most severe first.
 */
public enum RiskLevel {
    CRITICAL, HIGH, MEDIUM, LOW;

    public static RiskLevel of(List<RowFinding> findings, boolean listedRisk) {
        RiskLevel level = listedRisk ? MEDIUM : LOW;
        for (RowFinding finding : findings) {
            RiskLevel own = switch (finding.severity()) {
                case BLOCKER -> CRITICAL;
                case MAJOR -> HIGH;
                case MINOR, INFO -> MEDIUM;
            };
            if (own.compareTo(level) < 0) {
                level = own;
            }
        }
        return level;
    }

    /** A score to rank suppliers by: severities weigh 1000/100/10/1 per finding, a listed exposure 1. */
    public static int score(List<RowFinding> findings, boolean listedRisk) {
        int score = listedRisk ? 1 : 0;
        for (RowFinding finding : findings) {
            score += switch (finding.severity()) {
                case BLOCKER -> 1000;
                case MAJOR -> 100;
                case MINOR -> 10;
                case INFO -> 1;
            };
        }
        return score;
    }
}
