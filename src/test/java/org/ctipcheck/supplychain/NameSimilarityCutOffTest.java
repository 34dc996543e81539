package org.ctipcheck.supplychain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.ctipcheck.evaluation.PolicyParameters;
import org.ctipcheck.fixtures.TestRules;
import org.ctipcheck.submission.RowScreening;
import org.junit.jupiter.api.Test;

/** The UFLPA close-match cut-off is the rule pack's nameSimilarity parameter, applied with >=. */
class NameSimilarityCutOffTest {
    private static final Path REFERENCE = Path.of("rules/reference");
    private static final String NEAR_NAME = "Xinjiang Tengxiang Magnesium Product Co.";

    @Test
    void aNameMatchesCloselyAtTheCutOffAndNotJustAboveIt() {
        PolicyParameters shipped = TestRules.ruleset().parameters();
        double similarity = screen(shipped).uflpaSimilarity();
        assertThat(similarity).isBetween(shipped.nameSimilarity(), 0.99);
        assertThat(screen(withCutOff(shipped, similarity)).uflpaEntity()).isNotNull();
        assertThat(screen(withCutOff(shipped, similarity + 0.0001)).uflpaEntity()).isNull();
    }

    @Test
    void aLowerCutOffMatchesNamesTheShippedOneDoesNot() {
        PolicyParameters shipped = TestRules.ruleset().parameters();
        String distant = "Xinjiang Tengxiang Metal Products";
        assertThat(screen(shipped, distant).uflpaEntity()).isNull();
        assertThat(screen(withCutOff(shipped, 0.5), distant).uflpaEntity()).isNotNull();
    }

    @Test
    void theHighRiskTiersComeFromTheParameters() {
        PolicyParameters shipped = TestRules.ruleset().parameters();
        ReferenceLists lists = ReferenceLists.load(REFERENCE, shipped);
        assertThat(lists.screen("MM", List.of(), List.of(), List.of()).highRiskCountry()).isTrue(); // Burma, Tier 3
        PolicyParameters onlyWatchList = new PolicyParameters(shipped.excessiveWeeklyHours(), shipped.nameSimilarity(),
                shipped.auditMaxAgeMonths(), List.of("Tier 2 Watch List"), shipped.planRequestGraceDays());
        assertThat(ReferenceLists.load(REFERENCE, onlyWatchList).screen("MM", List.of(), List.of(), List.of())
                .highRiskCountry()).isFalse();
    }

    private static PolicyParameters withCutOff(PolicyParameters parameters, double cutOff) {
        return new PolicyParameters(parameters.excessiveWeeklyHours(), cutOff, parameters.auditMaxAgeMonths(),
                parameters.highRiskTipTiers(), parameters.planRequestGraceDays());
    }

    private static RowScreening screen(PolicyParameters parameters) {
        return screen(parameters, NEAR_NAME);
    }

    private static RowScreening screen(PolicyParameters parameters, String name) {
        return ReferenceLists.load(REFERENCE, parameters).screen("US", List.of(), List.of(), List.of(name));
    }
}
