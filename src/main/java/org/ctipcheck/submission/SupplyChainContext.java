package org.ctipcheck.submission;

import java.time.LocalDate;

/** What the supply-chain rules need besides the row: the evaluation date (deadlines and staleness). */
public record SupplyChainContext(LocalDate today) {
}
