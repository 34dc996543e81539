package org.ctipcheck.rules.childlabor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipcheck.rules.childlabor.ChildLaborFixtures.garments;
import static org.ctipcheck.rules.childlabor.ChildLaborFixtures.product;
import static org.ctipcheck.rules.childlabor.ChildLaborFixtures.supply;

import java.util.ArrayList;
import java.util.List;
import org.ctipcheck.evaluation.ComplianceEvaluator;
import org.ctipcheck.evaluation.Eo13126Listing;
import org.ctipcheck.findings.EvaluationResult;
import org.ctipcheck.findings.RuleHit;
import org.ctipcheck.findings.Status;
import org.ctipcheck.fixtures.SubmissionFixture;
import org.ctipcheck.fixtures.TestRules;
import org.junit.jupiter.api.Test;

/**
 * rules/child-labor/ctip-cl-02-trade-agreement-exceptions.drl. No country on the shipped E.O. 13126 list is a
 * trade-agreement country, so the exception is exercised with the list plus hypothetical rows (Garments from Mexico
 * and from Israel), as an updated list could add.
 */
class TradeAgreementExceptionsRuleTest {

    /** Evaluates with the shipped list plus the given rows. */
    private static Hits withListing(SubmissionFixture fixture, Eo13126Listing... extra) throws Exception {
        List<Object> reference = new ArrayList<>(TestRules.ruleset().referenceFacts());
        reference.addAll(List.of(extra));
        ComplianceEvaluator evaluator = new ComplianceEvaluator(TestRules.ruleset().withReferenceFacts(reference));
        return new Hits(evaluator.evaluate(fixture.read().facts(), SubmissionFixture.AS_OF));
    }

    /** Garments from {@code country}, uncertified, in a one-portion acquisition of {@code acquisition} dollars. */
    private static SubmissionFixture garmentsFrom(String country, Long acquisition) {
        return supply(product("Garments", country, 40000)).set("/childLabor/option", null)
                .remove("/award/portions/1").set("/award/portions/0/estimatedValue", acquisition);
    }

    @Test
    void exemptsAListedProductFromMexicoAtTheThreshold() throws Exception {
        withListing(garmentsFrom("MX", 102_280L), new Eo13126Listing("Garments", "MX"))
                .fires("CTIP-CL-02.exception-applies")
                .doesNotFire("CTIP-CL-02.no-exception")
                .doesNotFire("CTIP-CL-03.no-certification")
                .status("CTIP-CL-02", Status.NOT_APPLICABLE)
                .status("CTIP-CL-03", Status.NOT_APPLICABLE);
    }

    @Test
    void doesNotExemptAListedProductFromMexicoOneDollarBelowTheThreshold() throws Exception {
        withListing(garmentsFrom("MX", 102_279L), new Eo13126Listing("Garments", "MX"))
                .fires("CTIP-CL-02.no-exception")
                .doesNotFire("CTIP-CL-02.exception-applies")
                .fires("CTIP-CL-03.no-certification")
                .status("CTIP-CL-03", Status.NOT_MET);
    }

    @Test
    void exemptsIsraelFromFiftyThousandDollars() throws Exception {
        withListing(garmentsFrom("IL", 50_000L), new Eo13126Listing("Garments", "IL"))
                .fires("CTIP-CL-02.exception-applies");
        withListing(garmentsFrom("IL", 49_999L), new Eo13126Listing("Garments", "IL"))
                .doesNotFire("CTIP-CL-02.exception-applies")
                .fires("CTIP-CL-02.no-exception");
    }

    @Test
    void exemptsAWtoGpaCountryFrom174000Dollars() throws Exception {
        withListing(garmentsFrom("JP", 174_000L), new Eo13126Listing("Garments", "JP"))
                .fires("CTIP-CL-02.exception-applies");
        withListing(garmentsFrom("JP", 173_999L), new Eo13126Listing("Garments", "JP"))
                .fires("CTIP-CL-02.no-exception");
    }

    @Test
    void asksForTheAcquisitionValueWhenATradeAgreementCountryIsInvolved() throws Exception {
        withListing(garmentsFrom("MX", null), new Eo13126Listing("Garments", "MX"))
                .fires("CTIP-CL-02.acquisition-value-unknown")
                .doesNotFire("CTIP-CL-02.exception-applies")
                .status("CTIP-CL-02", Status.NEEDS_REVIEW);
    }

    @Test
    void findsNoExceptionForAListedProductFromAListedNonAgreementCountry() {
        garments().evaluate()
                .fires("CTIP-CL-02.no-exception")
                .doesNotFire("CTIP-CL-02.no-listed-end-product")
                .doesNotFire("CTIP-CL-02.acquisition-value-unknown")
                .status("CTIP-CL-02", Status.NOT_APPLICABLE);
    }

    @Test
    void hasNothingToDecideWithoutAListedEndProduct() {
        SubmissionFixture.compliant().evaluate()
                .fires("CTIP-CL-02.no-listed-end-product")
                .doesNotFire("CTIP-CL-02.no-exception")
                .status("CTIP-CL-02", Status.NOT_APPLICABLE);
    }

    private record Hits(EvaluationResult result) {
        private List<String> fired() {
            return result.ruleHits().stream().map(RuleHit::ruleId).distinct().toList();
        }

        Hits fires(String ruleId) {
            assertThat(fired()).as("rules fired").contains(ruleId);
            return this;
        }

        Hits doesNotFire(String ruleId) {
            assertThat(fired()).as("rules fired").doesNotContain(ruleId);
            return this;
        }

        Hits status(String requirementId, Status expected) {
            assertThat(result.checklist().stream().filter(i -> i.requirementId().equals(requirementId)).findFirst().orElseThrow().status())
                    .as(requirementId).isEqualTo(expected);
            return this;
        }
    }
}
