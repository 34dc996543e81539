package org.ctipcheck.rules.applicability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.ResultAssert;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.ctipcheck.submission.Evidence;
import org.junit.jupiter.api.Test;

class AlternateIRuleTest {
    private static Map<String, Object> directive(String title, Boolean communicated) {
        java.util.Map<String, Object> directive = new java.util.LinkedHashMap<>();
        directive.put("title", title);
        directive.put("appliesAt", "Camp Lemonnier, Djibouti");
        directive.put("communicatedToEmployees", communicated);
        return directive;
    }

    @Test
    void isNotApplicableWithoutAlternateI() {
        SubmissionFixture.compliant().evaluate()
                .fires("CTIP-APPL-02.not-alternate-i")
                .doesNotFire("CTIP-APPL-02.met")
                .status("CTIP-APPL-02", Status.NOT_APPLICABLE);
    }

    @Test
    void meetsTheRequirementWhenEveryDirectiveIsCommunicated() {
        SubmissionFixture.compliant().set("/award/clause/alternateI", true)
                .set("/award/clause/directives", List.of(directive("CJTF-HOA General Order 1", true),
                        directive("Off-limits establishments listing", true)))
                .evaluate()
                .fires("CTIP-APPL-02.met")
                .doesNotFire("CTIP-APPL-02.not-alternate-i")
                .doesNotFire("CTIP-APPL-02.directive-not-communicated")
                .doesNotFire("CTIP-APPL-02.directives-not-listed")
                .status("CTIP-APPL-02", Status.MET);
    }

    @Test
    void flagsEachDirectiveEmployeesAreNotToldOf() {
        ResultAssert result = SubmissionFixture.compliant().set("/award/clause/alternateI", true)
                .set("/award/clause/directives", List.of(directive("CJTF-HOA General Order 1", true),
                        directive("Off-limits establishments listing", null)))
                .evaluate()
                .fires("CTIP-APPL-02.directive-not-communicated")
                .doesNotFire("CTIP-APPL-02.met")
                .status("CTIP-APPL-02", Status.NOT_MET);
        assertThat(result.finding("CTIP-APPL-02.directive-not-communicated").severity()).isEqualTo(Severity.MAJOR);
        assertThat(result.finding("CTIP-APPL-02.directive-not-communicated").evidence())
                .containsExactly(Evidence.at("/award/clause/directives/1/communicatedToEmployees", null));
    }

    @Test
    void asksForTheDirectivesWhenAlternateIListsNone() {
        SubmissionFixture.compliant().set("/award/clause/alternateI", true).evaluate()
                .fires("CTIP-APPL-02.directives-not-listed")
                .doesNotFire("CTIP-APPL-02.met")
                .status("CTIP-APPL-02", Status.NEEDS_REVIEW);
    }
}
