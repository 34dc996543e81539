package org.ctipcheck.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ctipcheck.findings.Confidence;
import org.ctipcheck.findings.Requirement;
import org.ctipcheck.findings.RuleInfo;
import org.ctipcheck.findings.Severity;

/** Turns each compiled rule's {@code @key(value)} metadata into a {@link RuleInfo}, reporting what is missing. */
final class RuleMetadata {
    static final List<String> REQUIRED_KEYS =
            List.of("id", "requirement", "title", "severity", "citation", "remediation", "confidence");
    private static final Pattern RULE_NAME = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");

    private RuleMetadata() {
    }

    static List<RuleInfo> read(Map<String, Map<String, String>> compiled, List<RuleSource> sources,
            List<Requirement> requirements, List<RulesetProblem> problems) {
        Map<String, String> fileOf = new java.util.HashMap<>();
        Map<String, Integer> lineOf = new java.util.HashMap<>();
        declarations(sources, fileOf, lineOf);
        Set<String> requirementIds = requirements.stream().map(Requirement::id).collect(Collectors.toSet());
        List<RuleInfo> rules = new ArrayList<>();
        compiled.forEach((name, metadata) -> {
            String file = fileOf.get(name);
            int line = lineOf.getOrDefault(name, 0);
            List<String> missing = REQUIRED_KEYS.stream()
                    .filter(key -> metadata.get(key) == null || metadata.get(key).isBlank())
                    .toList();
            if (!missing.isEmpty()) {
                problems.add(new RulesetProblem(file, line, "rule \"" + name + "\" lacks metadata " + missing));
                return;
            }
            if (!name.equals(metadata.get("id"))) {
                problems.add(new RulesetProblem(file, line, "rule \"" + name + "\" has @id(\"" + metadata.get("id")
                        + "\"): the rule name and its id must be the same"));
                return;
            }
            if (!requirementIds.contains(metadata.get("requirement"))) {
                problems.add(new RulesetProblem(file, line, "rule \"" + name + "\" names requirement "
                        + metadata.get("requirement") + ", which " + RuleFiles.REQUIREMENTS + " does not list"));
                return;
            }
            try {
                rules.add(new RuleInfo(name, metadata.get("requirement"), metadata.get("title"),
                        Severity.parse(metadata.get("severity")), metadata.get("citation"),
                        metadata.get("remediation"), Confidence.parse(metadata.get("confidence")), file));
            } catch (IllegalArgumentException e) {
                problems.add(new RulesetProblem(file, line, "rule \"" + name + "\": " + e.getMessage()));
            }
        });
        return rules;
    }

    /** Where each rule is declared: its file and the line of its {@code rule "..."} header. */
    private static void declarations(List<RuleSource> sources, Map<String, String> fileOf, Map<String, Integer> lineOf) {
        for (RuleSource source : sources) {
            Matcher matcher = RULE_NAME.matcher(source.text());
            while (matcher.find()) {
                fileOf.put(matcher.group(1), source.path());
                lineOf.put(matcher.group(1),
                        (int) source.text().substring(0, matcher.start(1)).chars().filter(c -> c == '\n').count() + 1);
            }
        }
    }
}
