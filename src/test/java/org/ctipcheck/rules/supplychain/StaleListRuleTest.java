package org.ctipcheck.rules.supplychain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.ctipcheck.findings.RiskLevel;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.AttestationFixture;
import org.ctipcheck.submission.ListNonMatches;
import org.ctipcheck.submission.ReferenceListEdition;
import org.ctipcheck.supplychain.Progress;
import org.ctipcheck.supplychain.RowSink;
import org.ctipcheck.supplychain.SupplyChainScreen;
import org.ctipcheck.supplychain.SupplyChainSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CTIP-SC-08.not-matched-on-stale-list (issue 13, item 3: "reference lists carry their as-of date and a stale list gives
 * NEEDS_REVIEW, not NOT_APPLICABLE"): rows a list stale or partial on the evaluation date did not match are counted and
 * named, with the list's edition and as-of date, never cleared. FAR 52.222-50(h)(2)(ii): the plan must be appropriate
 * to "the risk that the contract or subcontract will involve services or supplies susceptible to trafficking in persons".
 */
class StaleListRuleTest {
    private static final String RULE = "CTIP-SC-08.not-matched-on-stale-list";

    /** The ILAB list as shipped: as of 2022-09-28, renewed every 24 months, so current through 2024-09-28. */
    private static ReferenceListEdition ilab(boolean partial) {
        return new ReferenceListEdition("ilab-tvpra", "DOL ILAB TVPRA List", "2022 edition", LocalDate.of(2022, 9, 28), 24,
                partial, partial ? "some goods missing" : null, 100);
    }

    private static AttestationFixture.Result misses(ReferenceListEdition list, long rows, LocalDate day) {
        return AttestationFixture.evaluateListMisses(List.of(new ListNonMatches(list, "ilab-tvpra-goods.csv", rows)), day);
    }

    @Test
    void aNonMatchOnTheLastCurrentDayIsClearedAndOnTheDayAfterIsNot() {
        misses(ilab(false), 7, LocalDate.of(2024, 9, 28)).doesNotFire("CTIP-SC-08.not-matched-on-stale-list");
        misses(ilab(false), 7, LocalDate.of(2024, 9, 29)).fires("CTIP-SC-08.not-matched-on-stale-list").status(RULE, Status.NEEDS_REVIEW)
                .messageContains(RULE, "7 rows not matched on a stale list")
                .messageContains(RULE, "2022 edition, as of 2022-09-28")
                .messageContains(RULE, "more than 24 months old on 2024-09-29")
                .messageContains(RULE, "replace rules/reference/ilab-tvpra-goods.csv");
    }

    @Test
    void aPartialListClearsNothingEvenWhenFresh() {
        misses(ilab(true), 3, LocalDate.of(2023, 1, 1)).fires("CTIP-SC-08.not-matched-on-stale-list").messageContains(RULE, "is partial");
    }

    @Test
    void aFreshCompleteListNeedsNoReviewAndNoRowsMeansNoNotice() {
        misses(ilab(false), 3, LocalDate.of(2023, 1, 1)).doesNotFire("CTIP-SC-08.not-matched-on-stale-list");
        misses(ilab(true), 0, LocalDate.of(2023, 1, 1)).doesNotFire("CTIP-SC-08.not-matched-on-stale-list");
    }

    /**
     * The screen counts the rows each stale or partial list did not match, per list, in the summary; the rows keep
     * their own risk level and findings (no per-row finding for a fact about the list). Shipped lists on 2026-11-28:
     * UFLPA (partial, stale), ILAB and E.O. 13126 (stale) are not current; the TIP tiers (as of 2025-09-29, 15 months)
     * are.
     */
    @Test
    void theScreenCountsRowsNotMatchedOnEachStaleListAndDropsNone(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("rows.csv");
        Files.writeString(file, """
                supplier_id,supplier_name,role,tier,country,goods
                S-1,Abidjan Cocoa SA,supplier,1,CI,cocoa beans
                S-2,Denver Office Supply,supplier,1,US,paper
                S-3,Lyon Services,supplier,1,FR,
                """);
        SupplyChainSummary summary = new SupplyChainScreen(AttestationFixture.evaluator(), AttestationFixture.lists(),
                AttestationFixture.TODAY, AttestationFixture.WORKERS).screen(file, RowSink.NONE, Progress.NONE);
        assertThat(summary.rowsNotMatchedOnStaleLists())
                .containsEntry("uflpa", 3L)       // no name is on the UFLPA list
                .containsEntry("ilab-tvpra", 1L)  // paper (US); cocoa (CI) is listed; S-3 attests no goods
                .containsEntry("eo13126", 1L)     // paper (US); cocoa from Côte d'Ivoire is on the E.O. list
                .doesNotContainKey("tip-tiers");  // current on 2026-11-28
        assertThat(summary.listFindings()).filteredOn(f -> f.rule().id().equals(RULE))
                .extracting(f -> f.supplierId()).containsExactlyInAnyOrder("uflpa", "ilab-tvpra", "eo13126");
        assertThat(summary.rowsEvaluated()).isEqualTo(3);
        assertThat(summary.rowsByRiskLevel().get(RiskLevel.LOW)).isEqualTo(2); // the rows keep their own risk level
    }
}
