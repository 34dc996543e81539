package org.ctipcheck.web.ui;

import java.util.List;
import java.util.Locale;
import org.ctipcheck.evaluation.RuleComments;
import org.ctipcheck.evaluation.RuleExplanation;
import org.ctipcheck.evaluation.RuleInterpretation;
import org.ctipcheck.evaluation.Ruleset;
import org.ctipcheck.findings.RuleInfo;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The rule catalog: every rule of the pack the service evaluates with, searchable by id, requirement, title or
 * citation; and one rule or requirement as {@code ctip rules show} gives it (citation, what it applies to, the
 * rules with severity and remediation, and the interpretation written in the rule file).
 */
@Controller
class RulePages {
    private final Ruleset ruleset;

    RulePages(Ruleset ruleset) {
        this.ruleset = ruleset;
    }

    /** A rule with the interpretation comment above it in its file (empty when it has none). */
    record RuleShown(RuleInfo rule, List<String> interpretation) {
    }

    /** A rule file's interpretation note. */
    record FileNote(String file, String text) {
    }

    @GetMapping("/rules")
    String catalog(@RequestParam(required = false) String q, Model model) {
        String query = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        List<RuleInfo> matching = ruleset.rules().stream().filter(rule -> query.isEmpty() || matches(rule, query)).toList();
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("rules", matching);
        model.addAttribute("total", ruleset.rules().size());
        model.addAttribute("fingerprint", ruleset.fingerprint());
        return "rules";
    }

    @GetMapping("/rules/{id}")
    String show(@PathVariable String id, Model model) {
        RuleExplanation explained = RuleExplanation.of(ruleset, id)
                .orElseThrow(() -> new PageNotFound("There is no rule or requirement " + id + " in the rule catalog."));
        model.addAttribute("requirement", explained.requirement());
        model.addAttribute("satisfiedBy", explained.satisfiedBy());
        model.addAttribute("rules", explained.rules().stream().map(rule -> new RuleShown(rule,
                explained.rules().size() == 1 ? comment(rule) : List.of())).toList());
        model.addAttribute("notes", explained.rules().stream().map(RuleInfo::file).distinct()
                .map(file -> new FileNote(file, RuleInterpretation.of(ruleset, file)))
                .filter(note -> !note.text().isEmpty()).toList());
        model.addAttribute("asked", id);
        return "rule";
    }

    private List<String> comment(RuleInfo rule) {
        return ruleset.source(rule.file()).map(source -> RuleComments.of(source.text(), rule.id())).orElse(List.of());
    }

    private static boolean matches(RuleInfo rule, String query) {
        return contains(rule.id(), query) || contains(rule.requirementId(), query) || contains(rule.title(), query)
                || contains(rule.citation(), query) || contains(rule.severity().name(), query);
    }

    private static boolean contains(String text, String query) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(query);
    }
}
