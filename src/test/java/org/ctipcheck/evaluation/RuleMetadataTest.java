package org.ctipcheck.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuleMetadataTest {

    private static String nameIn(String line) {
        return RuleMetadata.ruleName(line, 0, line.length());
    }

    @Test
    void findsTheNameOfARuleHeader() {
        assertThat(nameIn("rule \"CTIP-PLAN-01.missing\"")).isEqualTo("CTIP-PLAN-01.missing");
        assertThat(nameIn("  \trule\t\"CTIP-SC-01\" // comment")).isEqualTo("CTIP-SC-01");
    }

    @Test
    void ignoresLinesThatAreNotRuleHeaders() {
        assertThat(nameIn("rules \"x\"")).isNull();
        assertThat(nameIn("rule\"x\"")).isNull();
        assertThat(nameIn("// rule \"x\"")).isNull();
        assertThat(nameIn("rule \"\"")).isNull();
        assertThat(nameIn("rule \"unclosed")).isNull();
        assertThat(nameIn("    $r : Recruiter(rule == \"x\")")).isNull();
    }

    @Test
    void stopsAtTheEndOfTheLineItIsGiven() {
        String text = "rule \"a\nb\"";
        assertThat(RuleMetadata.ruleName(text, 0, text.indexOf('\n'))).isNull();
    }
}
