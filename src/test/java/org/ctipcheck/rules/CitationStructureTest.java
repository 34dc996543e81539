package org.ctipcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.ctipcheck.findings.Requirement;
import org.ctipcheck.findings.RuleInfo;
import org.ctipcheck.fixtures.TestRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every citation in the rule pack names a paragraph that exists in the cited text, per the structure table
 * rules/reference/citation-structure.yaml (which records where each structure was read). A citation the reader
 * cannot parse fails too, naming the rule or requirement.
 */
class CitationStructureTest {
    private static CitationTable table;

    @BeforeAll
    static void load() throws IOException {
        table = CitationTable.load();
    }

    @Test
    void everyRuleCitationNamesAnExistingParagraph() {
        List<String> problems = new ArrayList<>();
        for (RuleInfo rule : TestRules.ruleset().rules()) {
            table.problems(rule.citation()).forEach(p -> problems.add(rule.id() + ": " + p));
        }
        assertThat(problems).as("citations that name no paragraph of citation-structure.yaml").isEmpty();
    }

    @Test
    void everyRequirementCitationNamesAnExistingParagraph() {
        List<String> problems = new ArrayList<>();
        for (Requirement requirement : TestRules.ruleset().requirements()) {
            table.problems(requirement.citation()).forEach(p -> problems.add(requirement.id() + ": " + p));
        }
        assertThat(problems).as("requirements.yaml citations that name no paragraph of citation-structure.yaml").isEmpty();
    }

    @Test
    void aParagraphTheClauseDoesNotHaveIsReported() {
        assertThat(table.problems("FAR 52.222-50(h)(3)(iii)(A)"))
                .containsExactly("(h)(3)(iii)(A) is not a paragraph of FAR 52.222-50");
        assertThat(table.problems("FAR 52.222-50(i)(1)(i)(B)")).hasSize(1);
        assertThat(table.problems("FAR 52.222-56(b)(3)")).hasSize(1);
        assertThat(table.problems("FAR 52.222-50(b)(1)-(10)")).containsExactly("(b)(10) is not a paragraph of FAR 52.222-50");
    }

    @Test
    void theClauseParagraphsTheFixedCitationsNameExist() {
        assertThat(table.problems("FAR 52.222-50(b)(6)")).isEmpty();
        assertThat(table.problems("FAR 52.222-50(b)(9)")).isEmpty();
        assertThat(table.problems("FAR 52.222-56(c)(1)-(2)")).isEmpty();
        assertThat(table.problems("FAR 52.222-50(i)(1)(ii), (i)(2)")).isEmpty();
        assertThat(table.problems("22 U.S.C. 7104a(a)(1)")).isEmpty();
        assertThat(table.problems("22 U.S.C. 7104a(d)")).hasSize(1);
    }

    @Test
    void rangesListsDefinitionsAndNotesAreRead() {
        assertThat(table.problems("FAR 52.222-50(b)(1)-(9)")).isEmpty();
        assertThat(table.problems("FAR 52.222-50(h)(5)(i)-(ii); FAR 22.1703(c)(2)")).isEmpty();
        assertThat(table.problems("FAR 52.222-50(a) \"recruitment fees\" (2)")).isEmpty();
        assertThat(table.problems("FAR 52.222-50(a) \"recruitment fees\" (3)")).hasSize(1);
        assertThat(table.problems("FAR 52.222-50(a) \"hiring fees\"")).hasSize(1);
        assertThat(table.problems("FAR 52.222-50(h)(1)(ii) (OCT 2020, NOV 2021); FAC 2021-01")).isEmpty();
        assertThat(table.problems("2 CFR 175.200(a); 22 U.S.C. 7104(g), 7104a")).isEmpty();
        assertThat(table.problems("ADS 303maa/303mab Trafficking in Persons provision (July 2015) para. a(1)-(3)")).isEmpty();
        assertThat(table.problems("FAR 52.222-50 Alternate I (c)(1)(i)")).isEmpty();
        assertThat(table.problems("ILO Indicators of Forced Labour (2012), deception")).isEmpty();
    }

    @Test
    void aCitationTheReaderCannotParseIsReported() {
        assertThat(table.problems("FAR 52.222-50 paragraph h")).singleElement().asString().startsWith("cannot read");
        assertThat(table.problems("FAR 52.222-50(h)(3)-")).singleElement().asString().startsWith("cannot read");
        assertThat(table.problems("Some Other Act sec. 4")).singleElement().asString().startsWith("no source");
    }

    @Test
    void rangesExpandAcrossNumbersLettersAndRomanNumerals() {
        assertThat(CitationTable.expand("(b)(1)-(3)")).containsExactly("(b)(1)", "(b)(2)", "(b)(3)");
        assertThat(CitationTable.expand("(h)(3)(i)-(iv)")).containsExactly("(h)(3)(i)", "(h)(3)(ii)", "(h)(3)(iii)", "(h)(3)(iv)");
        assertThat(CitationTable.expand("(a)-(c)")).containsExactly("(a)", "(b)", "(c)");
        assertThat(CitationTable.expand("(b)(4)(A)-(C)")).containsExactly("(b)(4)(A)", "(b)(4)(B)", "(b)(4)(C)");
    }
}
