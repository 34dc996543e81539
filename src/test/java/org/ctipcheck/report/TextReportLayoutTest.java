package org.ctipcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 12, item 9: long ids and names do not break the text report's columns. A key too long for its column gets a
 * line of its own (whole, never cut) and the row's value stays in its column; a word longer than a line is broken
 * across lines instead of running past the width.
 */
class TextReportLayoutTest {
    private static final String LONG_RULE = "CTIP-SC-ILO.identity-documents-held-by-a-labour-recruiter-abroad";

    @Test
    void aShortKeyKeepsItsRow() {
        StringBuilder out = new StringBuilder();

        TextReportWriter.column(out, "    ", "CTIP-SC-04.uflpa-match", 44, "3", 48);

        assertThat(out.toString()).isEqualTo("    CTIP-SC-04.uflpa-match" + " ".repeat(22) + "3\n");
    }

    @Test
    void aLongRuleIdGetsItsOwnLineAndTheCountStaysInItsColumn() {
        StringBuilder out = new StringBuilder();

        TextReportWriter.column(out, "    ", LONG_RULE, 44, "12", 48);

        assertThat(out.toString()).isEqualTo("    " + LONG_RULE + "\n" + " ".repeat(48) + "12\n");
    }

    @Test
    void aLongRequirementIdInTheChecklistKeepsTheTitleInItsColumn() {
        StringBuilder out = new StringBuilder();

        TextReportWriter.column(out, "  NOT MET         ", "CTIP-PLAN-05b-recruitment", 15, "Recruitment and wage plan", 33);

        assertThat(out.toString()).isEqualTo("  NOT MET         CTIP-PLAN-05b-recruitment\n" + " ".repeat(33)
                + "Recruitment and wage plan\n");
    }

    @Test
    void aWordLongerThanALineIsBrokenAtTheWidth() {
        String pointer = "/compliancePlan/" + "agentsAndSubcontractors/".repeat(8) + "procedures";
        StringBuilder out = new StringBuilder();

        TextReportWriter.wrap(out, "    at " + pointer + " = true", "       ");

        assertThat(out.toString().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
        assertThat(out.toString().replaceAll("\n {7}", "")).contains(pointer);
    }

    @Test
    void controlCharactersInALongKeyAreStillNeutralised() {
        StringBuilder out = new StringBuilder();

        TextReportWriter.column(out, "    ", "\u001b[31m" + LONG_RULE, 44, "1", 48);

        assertThat(out.toString()).doesNotContain("\u001b").startsWith("    \\x1b[31m" + LONG_RULE + "\n");
    }
}
