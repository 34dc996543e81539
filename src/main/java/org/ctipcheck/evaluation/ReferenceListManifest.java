package org.ctipcheck.evaluation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ctipcheck.submission.ReferenceListEdition;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The editions of the reference lists the rules themselves read ({@code reference/lists.yaml}, the manifest
 * the supply-chain screen reads too), so that every report names the edition and as-of date of each list that
 * decided a finding, whether or not a supply chain is screened. The manifest and the CSV files it describes
 * count towards the ruleset fingerprint.
 */
final class ReferenceListManifest {
    static final String FILE = RuleFiles.LISTS;

    private ReferenceListManifest() {
    }

    /**
     * The edition of each list in {@code used} (list id to the number of entries the rules read), in manifest
     * order; a list the manifest does not describe is named by its id, with no edition or date.
     */
    static List<ReferenceListEdition> editions(List<RuleSource> sources, java.util.Map<String, Integer> used) {
        if (used.isEmpty()) {
            return List.of();
        }
        List<ReferenceListEdition> editions = new ArrayList<>();
        java.util.Set<String> described = new java.util.HashSet<>();
        RuleSource manifest = sources.stream().filter(source -> source.path().equals(FILE)).findFirst().orElse(null);
        if (manifest != null) {
            JsonNode lists;
            try {
                JsonNode root = Yaml.MAPPER.readTree(manifest.text());
                lists = root == null ? null : root.get("lists");
            } catch (JacksonException e) {
                throw new RulesetException(FILE + " cannot be read: " + e.getMessage());
            }
            for (JsonNode list : lists == null ? List.<JsonNode>of() : lists) {
                String id = text(list, "id");
                if (id == null || !used.containsKey(id) || !described.add(id)) {
                    continue;
                }
                try {
                    editions.add(new ReferenceListEdition(id, text(list, "name"), text(list, "edition"),
                            list.hasNonNull("asOf") ? LocalDate.parse(list.get("asOf").asString()) : null,
                            list.hasNonNull("staleAfterMonths") ? list.get("staleAfterMonths").asInt() : null,
                            list.hasNonNull("partial") && list.get("partial").asBoolean(), text(list, "note"),
                            used.get(id)));
                } catch (DateTimeException e) {
                    throw new RulesetException(FILE + ": list " + id + " has an asOf that is not a date (YYYY-MM-DD): "
                            + list.get("asOf").asString());
                }
            }
        }
        used.forEach((id, entries) -> {
            if (!described.contains(id)) {
                editions.add(new ReferenceListEdition(id, id, null, null, null, false,
                        "not described in " + FILE + ": edition unknown", entries));
            }
        });
        return List.copyOf(editions);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asString() : null;
    }
}
