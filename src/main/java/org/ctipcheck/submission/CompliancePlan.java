package org.ctipcheck.submission;

import java.time.LocalDate;
import java.util.List;

/** The anti-trafficking compliance plan (FAR 52.222-50(h)); its (h)(3) elements are separate facts. */
public record CompliancePlan(
        String pointer,
        String version,
        LocalDate effectiveDate,
        LocalDate expiresOn,
        List<String> coveredPortionIds,
        SourceReference source) implements DocumentedFact {

    public CompliancePlan {
        coveredPortionIds = List.copyOf(coveredPortionIds);
    }

    public boolean covers(String portionId) {
        return coveredPortionIds.contains(portionId);
    }

    public boolean coversAll(List<Portion> portions) {
        return portions.stream().allMatch(portion -> covers(portion.id()));
    }

    public boolean effectiveAfter(LocalDate date) {
        return effectiveDate != null && date != null && effectiveDate.isAfter(date);
    }

    public boolean expiredOn(LocalDate today) {
        return expiresOn != null && expiresOn.isBefore(today);
    }

    /**
     * Expired before {@code today} and before the last day of performance: the plan must be maintained for the
     * whole period of performance, so a plan in force through {@code performanceEnd} has not lapsed even when
     * evaluated after performance ended. An unknown end is treated as still running.
     */
    public boolean lapsedDuringPerformance(LocalDate today, LocalDate performanceEnd) {
        return expiredOn(today) && (performanceEnd == null || expiresOn.isBefore(performanceEnd));
    }
}
