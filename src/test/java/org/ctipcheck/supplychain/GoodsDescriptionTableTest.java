package org.ctipcheck.supplychain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ctipcheck.fixtures.AttestationFixture;
import org.ctipcheck.submission.AttestationRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The goods table (rules/reference/goods-synonyms.yaml) against descriptions as suppliers write them, one row of
 * src/test/resources/supply-chain/goods-descriptions.csv each: the goods column or the HS code, the country of
 * operation, the listed goods (ILAB good or E.O. 13126 product, as the list writes it) the row must match in that
 * country, and the candidates a miss must name for review (CTIP-SC-03.listed-family-unmatched). Near misses
 * ("tinted glass", "cotton candy", "gold-plated connectors") expect nothing. Each row goes through the same mapping
 * and screening as a row of an attestation file.
 */
class GoodsDescriptionTableTest {

    @ParameterizedTest(name = "[{index}] {0} {1} in {2}")
    @CsvFileSource(resources = "/supply-chain/goods-descriptions.csv", numLinesToSkip = 1, nullValues = {})
    void aDescriptionMatchesTheListedGoodsOfItsCountry(String description, String hsCode, String country,
            String expected, String review, String note) {
        AttestationRow row = AttestationFixture.compliant().set("country", country)
                .set("goods", description == null ? "" : description).set("hs_code", hsCode == null ? "" : hsCode)
                .row();
        assertThat(matched(row)).as("listed goods matched (%s)", note).isEqualTo(names(expected));
        Set<String> candidates = names(review);
        String reviewText = String.join("; ", row.screening().goodsToReview());
        assertThat(row.screening().goodsToReview().isEmpty()).as("review items (%s): %s", note, reviewText)
                .isEqualTo(candidates.isEmpty());
        for (String candidate : candidates) {
            assertThat(reviewText).as("review names %s (%s)", candidate, note).contains(candidate);
        }
    }

    /** ILAB good names (before " (XX): ") and E.O. product names the row matched. */
    private static Set<String> matched(AttestationRow row) {
        Set<String> names = new LinkedHashSet<>();
        for (String label : row.screening().tvpraGoods()) {
            names.add(label.substring(0, label.indexOf(" (" + row.country() + "): ")));
        }
        names.addAll(row.screening().eoProducts());
        return names;
    }

    private static Set<String> names(String cell) {
        if (cell == null || cell.isBlank()) {
            return Set.of();
        }
        return new LinkedHashSet<>(new ArrayList<>(Arrays.stream(cell.split(";")).map(String::strip).toList()));
    }

    /** The table holds at least 100 descriptions (issue 14, item 6). */
    @org.junit.jupiter.api.Test
    void theTableHoldsAtLeastOneHundredDescriptions() throws Exception {
        List<String> lines = java.nio.file.Files.readAllLines(
                java.nio.file.Path.of("src/test/resources/supply-chain/goods-descriptions.csv"));
        assertThat(lines.size() - 1).isGreaterThanOrEqualTo(100);
    }
}
