package org.ctipcheck.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ctipcheck.fixtures.TestRules;
import org.ctipcheck.submission.EndProduct;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rules/reference/*.csv: read as part of the ruleset, counted in its fingerprint, inserted as facts. */
class ReferenceListsTest {

    @Test
    void readsTheShippedEo13126ListAsFiftyThreeListings() {
        assertThat(TestRules.ruleset().referenceFacts()).filteredOn(Eo13126Listing.class::isInstance).hasSize(53)
                .contains(new Eo13126Listing("Garments", "VN"), new Eo13126Listing("Fish (Including Talapia)", "GH"));
    }

    /** rules/reference/clause-editions.csv: every edition with the day it took effect (FAR 1.108(d)). */
    @Test
    void readsTheClauseEditionsWithTheirEffectiveDates() {
        assertThat(TestRules.ruleset().referenceFacts()).filteredOn(ClauseEdition.class::isInstance)
                .map(ClauseEdition.class::cast)
                .filteredOn(ClauseEdition::of52_222_50)
                .extracting(ClauseEdition::label)
                .contains("FEB 2009", "MAR 2015", "JAN 2019", "OCT 2020", "NOV 2021", "OCT 2025");
        assertThat(TestRules.ruleset().referenceFacts()).filteredOn(ClauseEdition.class::isInstance)
                .map(ClauseEdition.class::cast)
                .filteredOn(edition -> edition.label().equals("NOV 2021"))
                .singleElement()
                .satisfies(edition -> assertThat(edition.effective()).isEqualTo(java.time.LocalDate.of(2021, 12, 6)));
    }

    @Test
    void aClauseEditionRowThatIsNotADateStopsTheLoadNamingTheLine() {
        RuleSource bad = new RuleSource(ClauseEditions.FILE,
                "clause,edition,effective,confidence,source\n52.222-50,NOV 2021,2021-12-06,VERIFIED,x\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ClauseEditions.read(bad))
                .isInstanceOf(RulesetException.class)
                .hasMessageContaining("reference/clause-editions.csv line 2");
    }

    @Test
    void theRulesetNamesTheEditionOfTheListItReadsFromListsYaml() {
        assertThat(TestRules.ruleset().referenceLists()).singleElement().satisfies(list -> {
            assertThat(list.id()).isEqualTo("eo13126");
            assertThat(list.edition()).isEqualTo("84 FR 11123 (Uzbek cotton removed)");
            assertThat(list.asOf()).isEqualTo(java.time.LocalDate.of(2019, 3, 25));
            assertThat(list.entries()).isEqualTo(53);
            // the whole List as of 2019-03-25 (not partial); its later changes are what "stale" says (issue 13)
            assertThat(list.partial()).isFalse();
            assertThat(list.staleOn(java.time.LocalDate.of(2026, 3, 1))).isTrue();
        });
    }

    @Test
    void aListTheManifestDoesNotDescribeIsNamedByItsIdAndNoListNoEdition() {
        assertThat(ReferenceListManifest.editions(java.util.List.of(), java.util.Map.of("eo13126", 2))).singleElement()
                .satisfies(list -> {
                    assertThat(list.id()).isEqualTo("eo13126");
                    assertThat(list.edition()).isNull();
                    assertThat(list.entries()).isEqualTo(2);
                });
        assertThat(ReferenceListManifest.editions(java.util.List.of(), java.util.Map.of())).isEmpty();
        java.util.List<RuleSource> badDate = java.util.List.of(
                new RuleSource("reference/lists.yaml", "lists:\n  - id: eo13126\n    asOf: yesterday\n"));
        assertThatThrownBy(() -> ReferenceListManifest.editions(badDate, java.util.Map.of("eo13126", 2)))
                .isInstanceOf(RulesetException.class).hasMessageContaining("asOf");
    }

    @Test
    void parsesQuotedFieldsWithCommasAndQuotes() {
        assertThat(ReferenceLists.fields("\"Cassiterite, tin ore\",\"Congo, \"\"DR\"\"\",CD"))
                .containsExactly("Cassiterite, tin ore", "Congo, \"DR\"", "CD");
    }

    @Test
    void rejectsARowWithoutATwoLetterCountryCode() {
        RuleSource bad = new RuleSource(ReferenceLists.EO13126, "product,country,iso2\nGarments,Vietnam,VNM\n");
        assertThatThrownBy(() -> ReferenceLists.eo13126(bad)).isInstanceOf(RulesetException.class).hasMessageContaining("line 2");
    }

    @Test
    void rejectsAFileWithoutTheHeader() {
        RuleSource bad = new RuleSource(ReferenceLists.EO13126, "Garments,Vietnam,VN\n");
        assertThatThrownBy(() -> ReferenceLists.eo13126(bad)).isInstanceOf(RulesetException.class).hasMessageContaining("header");
    }

    @Test
    void matchesAnEndProductOnNameAndCountryIgnoringCase() {
        Eo13126Listing listing = new Eo13126Listing("Embellished Textiles", "IN");
        assertThat(listing.covers(new EndProduct("/p", " embellished  textiles", "in", null))).isTrue();
        assertThat(listing.covers(new EndProduct("/p", "Embellished Textiles", "NP", null))).isFalse();
        assertThat(listing.covers(new EndProduct("/p", "Textiles", "IN", null))).isFalse();
    }

    @Test
    void countsReferenceListsInTheFingerprintButNotOtherFiles(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("requirements.yaml"), "requirements: []\n");
        Files.createDirectories(folder.resolve("reference/old"));
        Files.writeString(folder.resolve("reference/eo13126-products.csv"), "product,country,iso2\nGarments,Vietnam,VN\n");
        Files.writeString(folder.resolve("reference/PROVENANCE.md"), "notes");
        Files.writeString(folder.resolve("reference/old/archive.csv"), "x");
        List<RuleSource> sources = RuleFiles.read(folder);
        assertThat(sources).extracting(RuleSource::path).containsExactly("reference/eo13126-products.csv", "requirements.yaml");
        String before = RuleFiles.fingerprint(sources);
        Files.writeString(folder.resolve("reference/eo13126-products.csv"), "product,country,iso2\nGarments,Vietnam,VN\nToys,China,CN\n");
        assertThat(RuleFiles.fingerprint(RuleFiles.read(folder))).isNotEqualTo(before);
        assertThat(ReferenceLists.facts(RuleFiles.read(folder))).hasSize(2);
    }
}
