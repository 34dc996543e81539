package org.ctipcheck.evaluation;

import java.util.List;
import org.ctipcheck.findings.Confidence;
import org.ctipcheck.findings.Requirement;
import org.ctipcheck.findings.RuleInfo;

/** Renders docs/rules.md: every requirement with its rules, generated from the ruleset so it cannot drift. */
public final class RuleCatalogMarkdown {
    private RuleCatalogMarkdown() {
    }

    public static String render(Ruleset ruleset) {
        StringBuilder out = new StringBuilder();
        out.append("# Rule catalog\n\n")
                .append("Generated from `rules/` by `RuleCatalogTest` (`mvn test -Dtest=RuleCatalogTest -Drules.update=true`")
                .append(" rewrites it); do not edit by hand. ")
                .append(ruleset.rules().size()).append(" rules decide ").append(ruleset.requirements().size())
                .append(" requirements. `ctip rules show ID` prints the same for one requirement or rule.\n\n")
                .append("Confidence of the legal basis: VERIFIED (read in the primary text), SECONDARY (secondary sources")
                .append(" only), INFERRED (inferred from verified text), UNVERIFIED (placeholder).\n\n")
                .append("Changes in the reading of the law (what a rule cites, decides or how it grades a gap, with the")
                .append(" paragraph it rests on) are listed, one section per change, in [rules-changelog.md](rules-changelog.md).\n");
        for (Requirement requirement : ruleset.requirements()) {
            out.append("\n## ").append(requirement.id()).append(" — ").append(escape(requirement.title())).append("\n\n")
                    .append("- Citation: ").append(escape(requirement.citation())).append('\n')
                    .append("- Applies to: ").append(requirement.appliesWhen()).append('\n')
                    .append("- Confidence: ").append(requirement.confidence()).append('\n');
            List<RuleInfo> satisfying = satisfiedBy(ruleset, requirement);
            if (!satisfying.isEmpty()) {
                out.append("- Satisfied when: ").append(String.join("; ",
                        satisfying.stream().map(rule -> escape(rule.title())).toList())).append('\n');
            }
            out.append("\n| Rule | Severity | Title | Remediation | Confidence |\n|---|---|---|---|---|\n");
            for (RuleInfo rule : rulesOf(ruleset, requirement)) {
                out.append("| ").append(rule.id()).append(" | ").append(rule.severity()).append(" | ")
                        .append(escape(rule.title())).append(" | ").append(escape(rule.remediation())).append(" | ")
                        .append(rule.confidence() == Confidence.VERIFIED ? "" : rule.confidence().name()).append(" |\n");
            }
        }
        return out.toString();
    }

    public static List<RuleInfo> rulesOf(Ruleset ruleset, Requirement requirement) {
        return ruleset.rules().stream().filter(rule -> rule.requirementId().equals(requirement.id()))
                .sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    /** The rules that record MET: their titles say what satisfies the requirement. */
    public static List<RuleInfo> satisfiedBy(Ruleset ruleset, Requirement requirement) {
        return rulesOf(ruleset, requirement).stream().filter(rule -> rule.id().endsWith(".met")).toList();
    }

    private static String escape(String text) {
        return text.replace("|", "\\\\|").replace("\n", " ");
    }
}
