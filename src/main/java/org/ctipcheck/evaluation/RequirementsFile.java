package org.ctipcheck.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ctipcheck.findings.Confidence;
import org.ctipcheck.findings.Requirement;
import tools.jackson.databind.JsonNode;

/** Reads {@code requirements.yaml}: the requirements the rules decide, in checklist order. */
final class RequirementsFile {
    static final Set<String> SCOPES = Set.of("decision", "award-terms", "plan", "plan-element", "certification", "clause",
            "assistance", "dod", "child-labor", "supply-chain");

    private RequirementsFile() {
    }

    static List<Requirement> parse(RuleSource source, List<RulesetProblem> problems) {
        int before = problems.size();
        JsonNode root = Yaml.read(source, problems);
        if (problems.size() > before) {
            return List.of();
        }
        List<Requirement> requirements = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        JsonNode list = root == null ? null : root.get("requirements");
        if (list == null || !list.isArray()) {
            problems.add(new RulesetProblem(source.path(), 0, "expected a top-level 'requirements' list"));
            return List.of();
        }
        int index = 0;
        for (JsonNode node : list) {
            String where = "requirements[" + index++ + "]";
            String id = text(node, "id");
            String scope = text(node, "scope");
            String title = text(node, "title");
            String citation = text(node, "citation");
            String confidence = text(node, "confidence");
            if (id == null || scope == null || title == null || citation == null || confidence == null) {
                problems.add(new RulesetProblem(source.path(), 0,
                        where + " needs id, scope, title, citation and confidence"));
                continue;
            }
            if (!SCOPES.contains(scope)) {
                problems.add(new RulesetProblem(source.path(), 0, where + " (" + id + "): unknown scope '" + scope
                        + "', expected one of " + SCOPES));
                continue;
            }
            if (!ids.add(id)) {
                problems.add(new RulesetProblem(source.path(), 0, where + ": duplicate requirement id " + id));
                continue;
            }
            try {
                requirements.add(new Requirement(id, scope, title, citation, Confidence.parse(confidence)));
            } catch (IllegalArgumentException e) {
                problems.add(new RulesetProblem(source.path(), 0, where + " (" + id + "): " + e.getMessage()));
            }
        }
        return requirements;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asString().isBlank() ? null : value.asString().strip();
    }
}
