package org.ctipcheck.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ctipcheck.fixtures.TestRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every requirement the catalog defines is decided by a rule or listed in rules/NOT-ENCODED.md with its reason. */
class CatalogCoverageTest {
    private static final Path CATALOG = Path.of("docs/requirements-catalog.md");
    private static List<CatalogIndex.Entry> catalog;
    private static Map<String, String> notEncoded;
    private static List<RuleCoverage.Row> rows;

    @BeforeAll
    static void load() throws IOException {
        catalog = CatalogIndex.parse(Files.readString(CATALOG));
        notEncoded = NotEncoded.parse(Files.readString(TestRules.FOLDER.resolve("NOT-ENCODED.md")));
        rows = RuleCoverage.compute(TestRules.ruleset(), catalog, notEncoded, Map.of());
    }

    @Test
    void theCatalogIndexFindsEveryDefinedRequirement() {
        assertThat(catalog).extracting(CatalogIndex.Entry::id)
                .contains("CTIP-APPL-01", "CTIP-PROHIB-05a", "CTIP-PLAN-09", "CTIP-COOP-INFO", "CTIP-GOV-10", "CTIP-CL-04",
                        "CTIP-SC-08", "CTIP-AIR-01")
                .doesNotContain("CTIP-PLAN-AWARENESS", "CTIP-PLAN-05b")
                .doesNotHaveDuplicates();
        assertThat(catalog).filteredOn(entry -> entry.id().equals("CTIP-PROHIB-04")).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.section()).isEqualTo(3);
                    assertThat(entry.citation()).isEqualTo("FAR 52.222-50(b)(4)");
                });
    }

    @Test
    void everyCatalogRequirementIsEncodedOrExplained() {
        assertThat(rows).filteredOn(row -> !row.covered()).extracting(RuleCoverage.Row::catalogId)
                .as("catalog requirements with no rule and no entry in rules/NOT-ENCODED.md").isEmpty();
    }

    @Test
    void nothingIsBothEncodedAndListedAsNotEncoded() {
        assertThat(rows).filteredOn(row -> !row.ruleIds().isEmpty() && row.notEncodedReason() != null)
                .extracting(RuleCoverage.Row::catalogId).isEmpty();
    }

    @Test
    void notEncodedListsOnlyCatalogRequirements() {
        assertThat(notEncoded.keySet()).allSatisfy(id ->
                assertThat(catalog).extracting(CatalogIndex.Entry::id).as("catalog ids").contains(id));
    }

    @Test
    void splitRequirementsCountForTheirCatalogId() {
        assertThat(RuleCoverage.encodes("CTIP-PLAN-05b", "CTIP-PLAN-05")).isTrue();
        assertThat(RuleCoverage.encodes("CTIP-PLAN-05", "CTIP-PLAN-05")).isTrue();
        assertThat(RuleCoverage.encodes("CTIP-PLAN-050", "CTIP-PLAN-05")).isFalse();
        assertThat(rows).filteredOn(row -> row.catalogId().equals("CTIP-PLAN-05")).singleElement()
                .satisfies(row -> assertThat(row.requirementIds()).containsExactly("CTIP-PLAN-05a", "CTIP-PLAN-05b", "CTIP-PLAN-05c"));
    }

    /** The shipped copy of the catalog is the team's catalog (../shared/docs/requirements.md) where that is present. */
    @Test
    void theShippedCatalogIsTheTeamsCatalog() throws IOException {
        Path shared = Path.of("../shared/docs/requirements.md");
        if (Files.exists(shared)) {
            assertThat(Files.readString(CATALOG)).isEqualTo(Files.readString(shared));
        } else {
            assertThat(Files.readString(CATALOG)).contains("# C-TIP Requirements Catalog");
        }
    }
}
