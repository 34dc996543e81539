package org.ctipcheck.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The paragraph structure of the cited texts (rules/reference/citation-structure.yaml) and a reader of the pack's
 * citation strings: {@link #problems(String)} says which part of a citation names no listed paragraph, or cannot
 * be read at all.
 */
final class CitationTable {
    static final Path FILE = Path.of("rules/reference/citation-structure.yaml");
    private static final String DESIGNATOR = "\\(([A-Za-z]|[0-9]{1,2}|[ivxl]{1,6})\\)";
    private static final Pattern PARAGRAPHS = Pattern.compile("((?:" + DESIGNATOR + ")+)(?:-((?:" + DESIGNATOR + ")+))?");
    private static final Pattern ONE = Pattern.compile(DESIGNATOR);
    private static final Pattern ANNOTATION = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern DEFINITION = Pattern.compile("(\\(a\\))?\\s*\"([^\"]+)\"\\s*(.*)");
    private static final Pattern PARA_PREFIX = Pattern.compile("para\\.\\s*([a-z0-9]+)");
    private static final List<String> ROMAN = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
            "xi", "xii", "xiii", "xiv", "xv");

    private record Source(String cite, Set<String> paragraphs, Map<String, Set<String>> definitions, Set<String> parts) {
    }

    private final Map<String, Source> sources = new HashMap<>();

    static CitationTable load() throws IOException {
        return parse(Files.readString(FILE));
    }

    static CitationTable parse(String yaml) {
        CitationTable table = new CitationTable();
        JsonNode root = YAMLMapper.builder().build().readTree(yaml);
        for (JsonNode node : root.get("sources")) {
            String cite = node.get("cite").asString();
            Set<String> paragraphs = expandAll(node.get("paragraphs"));
            Map<String, Set<String>> definitions = new HashMap<>();
            if (node.has("definitions")) {
                node.get("definitions").properties().forEach(e -> definitions.put(e.getKey(), expandAll(e.getValue())));
            }
            Set<String> parts = new HashSet<>();
            if (node.has("parts")) {
                node.get("parts").forEach(p -> parts.add(p.asString()));
            }
            table.sources.put(cite, new Source(cite, paragraphs, definitions, parts));
        }
        return table;
    }

    /** Every problem of one citation string ("" parts after ';' are ignored); empty when all parts resolve. */
    List<String> problems(String citation) {
        List<String> problems = new ArrayList<>();
        for (String part : citation.split(";")) {
            if (!part.isBlank()) {
                resolvePart(part.strip(), problems);
            }
        }
        return problems;
    }

    private void resolvePart(String part, List<String> problems) {
        Source source = longestSourcePrefix(part);
        if (source == null) {
            problems.add("no source in the table for \"" + part + "\"");
            return;
        }
        String rest = withoutAnnotations(part.substring(source.cite().length()));
        rest = PARA_PREFIX.matcher(rest).replaceAll("($1)");
        Matcher definition = DEFINITION.matcher(rest.strip());
        if (definition.matches()) {
            resolveDefinition(source, definition.group(2), definition.group(3).strip(), part, problems);
            return;
        }
        String[] items = rest.split(",");
        for (int i = 0; i < items.length; i++) {
            String item = items[i].strip();
            if (item.isEmpty() && i == 0) {
                continue;
            }
            if (item.startsWith("(")) {
                checkParagraphs(source.paragraphs(), item, source.cite(), problems);
            } else if (source.parts().contains(item.toLowerCase(Locale.ROOT))) {
                continue;
            } else {
                // Another text: named in full ("90 FR 41872") or by the current title ("7104a" after "22 U.S.C. 7104(g)").
                String candidate = longestSourcePrefix(item) != null ? item : titleOf(source) + item;
                if (longestSourcePrefix(candidate) == null) {
                    problems.add("cannot read \"" + item + "\" in \"" + part + "\"");
                    return;
                }
                String remaining = String.join(",", Arrays.copyOfRange(items, i + 1, items.length));
                resolvePart(remaining.isBlank() ? candidate : candidate + "," + remaining, problems);
                return;
            }
        }
    }

    private void resolveDefinition(Source source, String term, String paragraphs, String part, List<String> problems) {
        Set<String> structure = source.definitions().get(term);
        if (structure == null) {
            problems.add("no definition \"" + term + "\" in " + source.cite() + " (\"" + part + "\")");
        } else if (!paragraphs.isEmpty()) {
            checkParagraphs(structure, paragraphs, source.cite() + " \"" + term + "\"", problems);
        }
    }

    /** "22 U.S.C. " for "22 U.S.C. 7104": the citation's title without its section number. */
    private static String titleOf(Source source) {
        return source.cite().substring(0, source.cite().lastIndexOf(' ') + 1);
    }

    private Source longestSourcePrefix(String text) {
        Source best = null;
        for (Source source : sources.values()) {
            String cite = source.cite();
            if (text.startsWith(cite) && (text.length() == cite.length() || " (,".indexOf(text.charAt(cite.length())) >= 0)
                    && (best == null || cite.length() > best.cite().length())) {
                best = source;
            }
        }
        return best;
    }

    /** Removes parenthesised notes that are not paragraph designators: "(MAR 2015, JAN 2019)", "(former award term)". */
    private static String withoutAnnotations(String text) {
        Matcher m = ANNOTATION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, ONE.matcher(m.group()).matches() ? Matcher.quoteReplacement(m.group()) : "");
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void checkParagraphs(Set<String> structure, String item, String where, List<String> problems) {
        Matcher m = PARAGRAPHS.matcher(item);
        if (!m.matches()) {
            problems.add("cannot read \"" + item + "\" after " + where);
            return;
        }
        List<String> expanded;
        try {
            expanded = expand(item);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage() + " after " + where);
            return;
        }
        for (String paragraph : expanded) {
            if (!structure.contains(paragraph)) {
                problems.add(paragraph + " is not a paragraph of " + where);
            }
        }
    }

    private static Set<String> expandAll(JsonNode list) {
        Set<String> all = new HashSet<>();
        if (list == null) {
            return all;
        }
        for (JsonNode node : list) {
            for (String path : expand(node.asString())) {
                List<String> parts = designators(path);
                StringBuilder prefix = new StringBuilder();
                for (String d : parts) {
                    prefix.append('(').append(d).append(')');
                    all.add(prefix.toString());
                }
            }
        }
        return all;
    }

    /** "(b)(1)-(4)" to (b)(1), (b)(2), (b)(3), (b)(4): the range's end replaces the start's last designators. */
    static List<String> expand(String expression) {
        Matcher m = PARAGRAPHS.matcher(expression.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("cannot read \"" + expression + "\"");
        }
        List<String> start = designators(m.group(1));
        if (m.group(3) == null) {
            return List.of(m.group(1));
        }
        List<String> end = designators(m.group(3));
        if (end.size() != 1) {
            if (end.size() > start.size()) {
                throw new IllegalArgumentException("cannot read the range \"" + expression + "\"");
            }
            List<String> stem = start.subList(0, start.size() - end.size());
            return List.of(join(start), join(concat(stem, end)));
        }
        List<String> stem = start.subList(0, start.size() - 1);
        List<String> result = new ArrayList<>();
        for (String d : sequence(start.get(start.size() - 1), end.get(0), expression)) {
            result.add(join(concat(stem, List.of(d))));
        }
        return result;
    }

    private static List<String> sequence(String from, String to, String expression) {
        List<String> out = new ArrayList<>();
        boolean roman = ROMAN.contains(from) && ROMAN.contains(to) && (from.equals("i") || from.length() > 1 || to.length() > 1);
        if (roman) {
            for (int i = ROMAN.indexOf(from); i <= ROMAN.indexOf(to); i++) {
                out.add(ROMAN.get(i));
            }
        } else if (from.matches("[0-9]+") && to.matches("[0-9]+")) {
            for (int i = Integer.parseInt(from); i <= Integer.parseInt(to); i++) {
                out.add(Integer.toString(i));
            }
        } else if (from.length() == 1 && to.length() == 1 && Character.isLetter(from.charAt(0))
                && Character.isUpperCase(from.charAt(0)) == Character.isUpperCase(to.charAt(0))) {
            for (char c = from.charAt(0); c <= to.charAt(0); c++) {
                out.add(String.valueOf(c));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("cannot read the range \"" + expression + "\"");
        }
        return out;
    }

    private static List<String> designators(String path) {
        List<String> out = new ArrayList<>();
        Matcher m = ONE.matcher(path);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static String join(List<String> designators) {
        StringBuilder sb = new StringBuilder();
        designators.forEach(d -> sb.append('(').append(d).append(')'));
        return sb.toString();
    }
}
