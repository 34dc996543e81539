package org.ctipcheck.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Reference data read from {@code reference/*.csv} under the rules folder, as facts inserted into every
 * evaluation: the E.O. 13126 list ({@value #EO13126}, columns {@code product,country,iso2}) and the clause editions
 * ({@value #CLAUSE_EDITIONS}, see {@link ClauseEditions}); other reference files count towards the ruleset fingerprint
 * but are not facts yet.
 */
final class ReferenceLists {
    static final String EO13126 = "reference/eo13126-products.csv";
    /** The E.O. 13126 list's id in {@code reference/lists.yaml}. */
    static final String EO13126_ID = "eo13126";
    static final String CLAUSE_EDITIONS = ClauseEditions.FILE;

    private ReferenceLists() {
    }

    static List<Object> facts(List<RuleSource> sources) {
        List<Object> facts = new ArrayList<>();
        for (RuleSource source : sources) {
            if (source.path().equals(EO13126)) {
                facts.addAll(eo13126(source));
            } else if (source.path().equals(CLAUSE_EDITIONS)) {
                facts.addAll(ClauseEditions.read(source));
            }
        }
        return List.copyOf(facts);
    }

    static List<Eo13126Listing> eo13126(RuleSource source) {
        List<Eo13126Listing> listings = new ArrayList<>();
        String[] lines = source.text().split("\\R");
        if (lines.length == 0 || !lines[0].strip().equalsIgnoreCase("product,country,iso2")) {
            throw new RulesetException(source.path() + ": the first line must be the header product,country,iso2");
        }
        for (int number = 1; number < lines.length; number++) {
            String line = lines[number];
            if (line.isBlank()) {
                continue;
            }
            List<String> fields = fields(line);
            if (fields.size() != 3 || fields.get(0).isBlank() || !fields.get(2).strip().matches("[A-Za-z]{2}")) {
                throw new RulesetException(source.path() + " line " + (number + 1)
                        + ": expected product,country,iso2 with a two-letter country code, found: " + line);
            }
            listings.add(new Eo13126Listing(fields.get(0).strip(), fields.get(2).strip().toUpperCase(java.util.Locale.ROOT)));
        }
        return listings;
    }

    /** Splits one CSV line; a field in double quotes may hold commas, and "" inside it is one quote. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
