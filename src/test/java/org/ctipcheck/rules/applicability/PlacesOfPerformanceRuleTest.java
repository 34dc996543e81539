package org.ctipcheck.rules.applicability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ctipcheck.findings.Determination;
import org.ctipcheck.findings.Finding;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.ctipcheck.submission.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * rules/applicability/ctip-appl-04-places-of-performance.drl: places of performance against the portions' outside-U.S.
 * flags. FAR 52.222-50(a) "United States means the 50 States, the District of Columbia, and outlying areas"; FAR 2.101
 * "Outlying areas": Puerto Rico, Northern Mariana Islands, American Samoa, Guam, U.S. Virgin Islands, minor outlying
 * islands. Base fixture: places [QA, US]; design-build in Qatar flagged outside, engineering in Virginia inside.
 */
class PlacesOfPerformanceRuleTest {
    private static final String ABROAD = "/award/portions/0/outsideUnitedStates";

    @Test
    void placesAndFlagsThatAgreeRaiseNothing() {
        SubmissionFixture.compliant().evaluate()
                .doesNotFire("CTIP-APPL-04.place-abroad-not-in-portions")
                .doesNotFire("CTIP-APPL-04.portion-abroad-no-place-abroad");
    }

    @Test
    void aPlaceAbroadWithNoPortionFlaggedAbroadIsAMajorGap() {
        ResultAssert result = SubmissionFixture.compliant().set(ABROAD, false).evaluate()
                .fires("CTIP-APPL-04.place-abroad-not-in-portions")
                .determination(Determination.NON_COMPLIANT);
        Finding finding = result.finding("CTIP-APPL-04.place-abroad-not-in-portions");
        assertThat(finding.severity()).isEqualTo(Severity.MAJOR);
        assertThat(finding.message()).contains("[QA]");
        assertThat(finding.evidence()).contains(Evidence.at("/award/placesOfPerformance", List.of("QA", "US")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PR", "MP", "AS", "GU", "VI", "UM"})
    void anOutlyingAreaIsInsideTheUnitedStates(String outlyingArea) {
        // Every place inside the U.S. (an outlying area and a State), no portion abroad: consistent.
        SubmissionFixture.compliant().set(ABROAD, false).set("/award/placesOfPerformance", List.of(outlyingArea, "US"))
                .evaluate()
                .doesNotFire("CTIP-APPL-04.place-abroad-not-in-portions")
                .doesNotFire("CTIP-APPL-04.portion-abroad-no-place-abroad");
        // The same place with a portion flagged abroad: the flag contradicts the definition.
        ResultAssert flagged = SubmissionFixture.compliant().set("/award/placesOfPerformance", List.of(outlyingArea))
                .evaluate()
                .fires("CTIP-APPL-04.portion-abroad-no-place-abroad")
                .doesNotFire("CTIP-APPL-04.place-abroad-not-in-portions");
        Finding finding = flagged.finding("CTIP-APPL-04.portion-abroad-no-place-abroad");
        assertThat(finding.severity()).isEqualTo(Severity.MINOR);
        assertThat(finding.message()).contains(outlyingArea).contains("outlying areas");
    }

    @Test
    void aCountryNextToAnOutlyingAreaIsAbroad() {
        // The Dominican Republic is not Puerto Rico; the Federated States of Micronesia are not Guam.
        SubmissionFixture.compliant().set(ABROAD, false).set("/award/placesOfPerformance", List.of("FM", "GU")).evaluate()
                .fires("CTIP-APPL-04.place-abroad-not-in-portions");
    }

    @Test
    void withoutPlacesOfPerformanceNothingIsCompared() {
        SubmissionFixture.compliant().set("/award/placesOfPerformance", List.of()).evaluate()
                .doesNotFire("CTIP-APPL-04.place-abroad-not-in-portions")
                .doesNotFire("CTIP-APPL-04.portion-abroad-no-place-abroad");
    }

    @Test
    void grantsAreNotCheckedHere() {
        SubmissionFixture.compliant().set("/award/instrument", "GRANT").set(ABROAD, false).evaluate()
                .doesNotFire("CTIP-APPL-04.place-abroad-not-in-portions");
    }
}
