package org.ctipcheck.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctipcheck.findings.Requirement;
import org.ctipcheck.findings.RuleInfo;

/**
 * Coverage by citation: for each requirement the catalog defines, the requirements and rules that encode it
 * and the tests that name those rules, or the reason it is not encoded.
 */
public final class RuleCoverage {

    public record Row(String catalogId, int section, String citation, List<String> requirementIds, List<String> ruleIds,
            List<String> tests, String notEncodedReason) {

        public boolean covered() {
            return !ruleIds.isEmpty() || notEncodedReason != null;
        }
    }

    private RuleCoverage() {
    }

    /**
     * @param testsByRuleId for each rule id, the test classes that name it (empty map when test sources are absent)
     */
    public static List<Row> compute(Ruleset ruleset, List<CatalogIndex.Entry> catalog, Map<String, String> notEncoded,
            Map<String, Set<String>> testsByRuleId) {
        List<Row> rows = new ArrayList<>();
        for (CatalogIndex.Entry entry : catalog) {
            List<Requirement> requirements = ruleset.requirements().stream()
                    .filter(requirement -> encodes(requirement.id(), entry.id()))
                    .toList();
            Set<String> requirementIds = requirements.stream().map(Requirement::id).collect(Collectors.toSet());
            List<String> rules = ruleset.rules().stream()
                    .filter(rule -> requirementIds.contains(rule.requirementId()))
                    .map(RuleInfo::id).sorted().toList();
            List<String> tests = rules.stream()
                    .flatMap(rule -> testsByRuleId.getOrDefault(rule, Set.of()).stream())
                    .distinct().sorted().toList();
            String citation = requirements.isEmpty() ? entry.citation() : requirements.get(0).citation();
            rows.add(new Row(entry.id(), entry.section(), citation,
                    requirements.stream().map(Requirement::id).toList(), rules, tests, notEncoded.get(entry.id())));
        }
        return rows;
    }

    /** CTIP-PLAN-05 is encoded as CTIP-PLAN-05a, -05b and -05c. */
    static boolean encodes(String requirementId, String catalogId) {
        return requirementId.equals(catalogId)
                || (requirementId.startsWith(catalogId) && requirementId.substring(catalogId.length()).matches("[a-z]"));
    }
}
