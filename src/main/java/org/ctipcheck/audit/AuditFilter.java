package org.ctipcheck.audit;

import java.time.LocalDate;

/** Which records to list or export; null fields do not filter. {@code rule} matches a rule id or its prefix before '.'. */
public record AuditFilter(String organization, String rule, LocalDate since, LocalDate until, String determination) {
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);
}
