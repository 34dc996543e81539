package org.ctipcheck.supplychain;

import java.io.IOException;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads {@code reference/goods-synonyms.yaml} (its format is described in the file's own comment) into a
 * {@link GoodsTable}. Every good it names must be a good on one of the lists loaded with it, so a typo or a list
 * edition that renamed a good is refused with the name, not silently never matched.
 */
final class GoodsSynonymsFile {
    static final String FILE = "goods-synonyms.yaml";

    private GoodsSynonymsFile() {
    }

    /**
     * The table for {@code yaml} (null: no table file, only the listed names), with every listed name (by key,
     * as the lists write it) a phrase for its own good.
     */
    static GoodsTable read(String yaml, Map<String, String> listedNames) throws IOException {
        GoodsTable.Builder table = new GoodsTable.Builder();
        JsonNode root = null;
        if (yaml != null) {
            try {
                root = YAMLMapper.builder().build().readTree(yaml);
            } catch (JacksonException e) {
                throw new IOException(FILE + " is not valid YAML: " + e.getOriginalMessage());
            }
            if (root == null || !root.isObject()) {
                throw new IOException(FILE + " must hold the sections goods, families and exclusions");
            }
            for (JsonNode exclusion : root.path("exclusions")) {
                table.exclusion(exclusion.asString());
            }
        }
        listedNames.forEach((key, name) -> {
            for (String phrase : Goods.listedKeys(name)) {
                if (!table.excluded(phrase)) {
                    table.term(phrase, key);
                }
            }
        });
        if (root == null) {
            return table.build();
        }
        for (JsonNode good : root.path("goods")) {
            String key = listed(good.path("listed").asString(""), listedNames, "goods");
            for (JsonNode term : good.path("terms")) {
                table.term(term.asString(), key);
            }
            for (JsonNode prefix : good.path("hs")) {
                String digits = prefix.asString();
                if (!digits.matches("[0-9]{2,10}")) {
                    throw new IOException(FILE + ": HS code '" + digits + "' of '" + good.path("listed").asString()
                            + "' is not 2 to 10 digits");
                }
                table.hs(digits, key);
            }
        }
        for (JsonNode family : root.path("families")) {
            String name = family.path("name").asString("");
            if (name.isBlank()) {
                throw new IOException(FILE + ": a family has no name");
            }
            for (JsonNode good : family.path("goods")) {
                table.family(name, listed(good.asString(), listedNames, "family '" + name + "'"));
            }
            for (JsonNode word : family.path("words")) {
                table.familyWord(word.asString(), name);
            }
        }
        return table.build();
    }

    private static String listed(String name, Map<String, String> listedNames, String where) throws IOException {
        String key = Goods.key(name);
        if (!listedNames.containsKey(key)) {
            throw new IOException(FILE + ": '" + name + "' in " + where
                    + " is not a good on the ILAB or E.O. 13126 list loaded with it");
        }
        return key;
    }
}
