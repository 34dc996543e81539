package org.ctipcheck.evaluation;

import tools.jackson.dataformat.yaml.YAMLMapper;

/** The one YAML reader of the rules folder's files: a mapper costs a cold start to build, so it is built once. */
final class Yaml {
    static final YAMLMapper MAPPER = YAMLMapper.builder().build();

    private Yaml() {
    }

    /** The file's YAML tree, or null after adding a problem with its line when it is not valid YAML. */
    static tools.jackson.databind.JsonNode read(RuleSource source, java.util.List<RulesetProblem> problems) {
        try {
            return MAPPER.readTree(source.text());
        } catch (tools.jackson.core.JacksonException e) {
            problems.add(new RulesetProblem(source.path(), e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "not valid YAML: " + e.getOriginalMessage()));
            return null;
        }
    }
}
