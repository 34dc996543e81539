package org.ctipcheck.supplychain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ctipcheck.fixtures.AttestationFixture;
import org.ctipcheck.submission.RowScreening;
import org.junit.jupiter.api.Test;

class ReferenceMatchingTest {
    private final ReferenceLists lists = AttestationFixture.lists();

    private RowScreening names(String... names) {
        return lists.screen(null, List.of(), List.of(), List.of(names));
    }

    @Test
    void anExactUflpaNameMatchesExactly() {
        RowScreening screening = names("Turpan Esquel Textile Co., Ltd.");
        assertThat(screening.uflpaExact()).isTrue();
        assertThat(screening.uflpaEntity()).isEqualTo("Turpan Esquel Textile Co., Ltd.");
    }

    @Test
    void caseePunctuationAndLegalFormsDoNotPreventAnExactMatch() {
        assertThat(names("TURPAN ESQUEL TEXTILE CO LTD").uflpaExact()).isTrue();
        assertThat(names("Turpan Esquel Textile Company Limited").uflpaExact()).isTrue();
        assertThat(names("turpan-esquel textile, inc.").uflpaExact()).isTrue();
    }

    @Test
    void transliterationVariantsAndSyllableSpacingMatchExactly() {
        assertThat(names("Sinkiang Habahe Ashele Copper Co., Ltd.").uflpaEntity())
                .isEqualTo("Xinjiang Habahe Ashele Copper Co., Ltd.");
        assertThat(names("Sinkiang Habahe Ashele Copper Co., Ltd.").uflpaExact()).isTrue();
        assertThat(names("Turfan Esquel Textile").uflpaExact()).isTrue();
        assertThat(names("Hong Yuan Green Energy Co").uflpaExact()).isTrue();
    }

    @Test
    void anAliasOnTheListMatchesItsEntity() {
        assertThat(names("Changji Yida Textile Co., Ltd.").uflpaEntity()).isEqualTo("Changji Esquel Textile Co., Ltd.");
        assertThat(names("Wuxi Shangji Automation Co., Ltd.").uflpaEntity()).isEqualTo("Hongyuan Green Energy Co., Ltd.");
    }

    @Test
    void aNearSpellingIsACloseMatchWithItsSimilarity() {
        RowScreening screening = names("Xinjiang Tengxiang Magnesium Product Co.");
        assertThat(screening.uflpaClose()).isTrue();
        assertThat(screening.uflpaSimilarity()).isBetween(0.85, 0.99);
    }

    @Test
    void aDifferentCompanySharingARegionNameIsNotFlagged() {
        assertThat(names("Xinjiang Cotton Trading Co., Ltd.").uflpaEntity()).isNull();
        assertThat(names("Turpan Fresh Fruit Co., Ltd.").uflpaEntity()).isNull();
        assertThat(names("Guangdong Electronics Group").uflpaEntity()).isNull();
        assertThat(names("Acme Fasteners Ltd").uflpaEntity()).isNull();
    }

    @Test
    void countriesResolveFromCodesNamesAndListSpellings() {
        Countries countries = lists.countries();
        assertThat(countries.resolve("CN")).isEqualTo("CN");
        assertThat(countries.resolve("chn")).isEqualTo("CN");
        assertThat(countries.resolve("Burma")).isEqualTo("MM");
        assertThat(countries.resolve("Viet Nam")).isEqualTo("VN");
        assertThat(countries.resolve("Vietnam")).isEqualTo("VN");
        assertThat(countries.resolve("Côte d'Ivoire")).isEqualTo("CI");
        assertThat(countries.resolve("cote divoire")).isEqualTo("CI");
        assertThat(countries.resolve("Turkey (Türkiye)")).isEqualTo("TR");
        assertThat(countries.resolve("Kosovo")).isEqualTo("XK");
        assertThat(countries.resolve("Atlantis")).isNull();
    }

    @Test
    void goodsMatchWhateverTheirCaseNumberOrListedAlternative() {
        assertThat(lists.screen("CN", List.of("COTTON"), List.of(), List.of()).tvpraGoods()).isNotEmpty();
        assertThat(lists.screen("CN", List.of("bricks"), List.of(), List.of()).eoProducts()).containsExactly("Bricks");
        assertThat(lists.screen("CN", List.of("brick"), List.of(), List.of()).eoProducts()).containsExactly("Bricks");
        assertThat(lists.screen("BO", List.of("Brazil nuts"), List.of(), List.of()).eoProducts()).isNotEmpty();
        assertThat(lists.screen("BO", List.of("chestnuts"), List.of(), List.of()).eoProducts()).isNotEmpty();
        assertThat(lists.screen("US", List.of("cotton"), List.of(), List.of()).tvpraGoods()).isEmpty();
    }

    @Test
    void aTierThreeRecruitmentCountryIsHighRisk() {
        RowScreening screening = lists.screen("US", List.of(), List.of("MM"), List.of());
        assertThat(screening.highRiskCountries()).singleElement().asString().contains("MM (Tier 3, recruitment)");
        assertThat(lists.screen("US", List.of(), List.of("PH"), List.of()).highRiskCountry()).isFalse();
    }

    @Test
    void everyListNamesItsEditionAndAsOfDate() {
        assertThat(lists.editions()).extracting(edition -> edition.id())
                .contains("ilab-tvpra", "eo13126", "tip-tiers", "uflpa", "iso3166", "country-aliases");
        assertThat(lists.editions()).allSatisfy(edition -> {
            assertThat(edition.edition()).isNotBlank();
            assertThat(edition.asOf()).isNotNull();
            assertThat(edition.entries()).isPositive();
        });
    }
}
