package org.ctipcheck.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctipcheck.findings.Confidence;
import org.ctipcheck.findings.Requirement;
import org.ctipcheck.findings.RuleInfo;
import org.ctipcheck.findings.Severity;

/** Turns each compiled rule's {@code @key(value)} metadata into a {@link RuleInfo}, reporting what is missing. */
final class RuleMetadata {
    static final List<String> REQUIRED_KEYS =
            List.of("id", "requirement", "title", "severity", "citation", "remediation", "confidence");

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

    /**
     * Where each rule is declared: its file and the line of its {@code rule "..."} header. A plain line scan: a
     * multi-line regular expression tried at every character of the DRL cost a cold start about 50 ms.
     */
    private static void declarations(List<RuleSource> sources, Map<String, String> fileOf, Map<String, Integer> lineOf) {
        for (RuleSource source : sources) {
            String text = source.text();
            int line = 0;
            for (int start = 0; start < text.length(); ) {
                int end = text.indexOf('\n', start);
                if (end < 0) {
                    end = text.length();
                }
                line++;
                String name = ruleName(text, start, end);
                if (name != null) {
                    fileOf.put(name, source.path());
                    lineOf.put(name, line);
                }
                start = end + 1;
            }
        }
    }

    /** The name in a line {@code rule "NAME"} (leading white space allowed), or null. */
    static String ruleName(String text, int start, int end) {
        int i = start;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (!text.startsWith("rule", i)) {
            return null;
        }
        int afterKeyword = i + 4;
        i = afterKeyword;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == afterKeyword || i >= end || text.charAt(i) != '"') {
            return null;
        }
        int close = text.indexOf('"', i + 1);
        return close < 0 || close >= end || close == i + 1 ? null : text.substring(i + 1, close);
    }
}
