package org.ctipcheck.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.ctipcheck.fixtures.TestRules;
import org.junit.jupiter.api.Test;

/** What rules show prints as a rule file's interpretation: its header comment, the paragraph quoted and the reading. */
class RuleInterpretationTest {

    @Test
    void theHeaderCommentBeforeTheFirstRuleIsTheInterpretation() {
        String drl = "package x;\n\n// FAR 1.108(c): \"the final anticipated dollar value\".\n// Reading [I]: the parent.\n\n"
                + "import y;\n\nrule \"A\"\n// not this\nwhen\nthen\nend\n";
        assertThat(RuleInterpretation.header(drl)).isEqualTo("FAR 1.108(c): \"the final anticipated dollar value\". Reading [I]: the parent.");
        assertThat(RuleInterpretation.header("package x;\nrule \"A\" when then end")).isEmpty();
    }

    @Test
    void theShippedOrderRulesStateTheirReadingOfFar1108c() {
        assertThat(RuleInterpretation.of(TestRules.ruleset(), "applicability/ctip-appl-04-orders.drl"))
                .contains("FAR 1.108(c)").contains("highest final priced alternative").contains("Reading [I]");
    }

    @Test
    void longTextIsWrappedAtSpaces() {
        assertThat(RuleInterpretation.wrap("aaa bbb ccc", 7)).containsExactly("aaa bbb", "ccc");
    }
}
