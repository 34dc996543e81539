package org.ctipcheck.audit;

/** How often a rule found a gap for one organization in one period (yyyy-mm). */
public record FindingCount(String organization, String period, String ruleId, String severity, long count) {
}
