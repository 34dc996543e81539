package org.ctipcheck.evaluation;

import tools.jackson.dataformat.yaml.YAMLMapper;

/** The one YAML reader of the rules folder's files: a mapper costs a cold start to build, so it is built once. */
final class Yaml {
    static final YAMLMapper MAPPER = YAMLMapper.builder().build();

    private Yaml() {
    }
}
