package org.ctipcheck.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The requirement ids the requirements catalog (docs/requirements-catalog.md) defines — in a heading, a bold
 * lead-in or the first cell of a table row — with their section and citation, so coverage can be checked
 * against the catalog itself rather than against the rules.
 */
public final class CatalogIndex {
    private static final Pattern SECTION = Pattern.compile("^## (\\d+)\\.");
    private static final Pattern HEADING = Pattern.compile("^(?:### |\\*\\*)(CTIP-[A-Z]+-[0-9A-Za-z]+) — ([^*]+?)(?:\\*\\*.*)?$");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| (CTIP-[A-Z]+-[0-9A-Za-z]+) \\|(.*)$");
    private static final Pattern CITE = Pattern.compile("^- (?:\\*\\*Citation:\\*\\*|Cite:)\\s*(.+)$");

    public record Entry(String id, int section, String title, String citation) {
    }

    private CatalogIndex() {
    }

    public static List<Entry> parse(String markdown) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<String> lines = markdown.lines().toList();
        int section = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher sectionMatch = SECTION.matcher(line);
            if (sectionMatch.find()) {
                section = Integer.parseInt(sectionMatch.group(1));
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.find()) {
                entries.putIfAbsent(heading.group(1), new Entry(heading.group(1), section, heading.group(2).strip(),
                        citationBelow(lines, i)));
                continue;
            }
            Matcher row = TABLE_ROW.matcher(line);
            if (row.find()) {
                List<String> cells = cells(row.group(2));
                entries.putIfAbsent(row.group(1), new Entry(row.group(1), section, title(cells), citation(cells)));
            }
        }
        return new ArrayList<>(entries.values());
    }

    private static String citationBelow(List<String> lines, int at) {
        for (int i = at + 1; i < Math.min(lines.size(), at + 8); i++) {
            Matcher cite = CITE.matcher(lines.get(i).strip());
            if (cite.find()) {
                return cite.group(1).replaceAll("\\s*\\[[VSIU][^\\]]*\\]", "").replaceAll("\\.$", "").strip();
            }
        }
        return "";
    }

    private static List<String> cells(String rest) {
        List<String> cells = new ArrayList<>();
        for (String cell : rest.split("\\|")) {
            if (!cell.isBlank()) {
                cells.add(cell.strip());
            }
        }
        return cells;
    }

    /** Prohibition and cooperation rows cite a paragraph of 52.222-50 in their first cell; others name it later. */
    private static String citation(List<String> cells) {
        if (!cells.isEmpty() && cells.get(0).startsWith("(")) {
            return "FAR 52.222-50" + cells.get(0);
        }
        for (String cell : cells) {
            if (cell.matches(".*(FAR|CFR|U\\.S\\.C\\.|DFARS|ADS|\\d{2}\\.\\d{3,4}|\\(h\\)|\\(i\\)).*") && cell.length() < 120) {
                return cell.replaceAll("\\s*\\[[VSIU][^\\]]*\\]", "").strip();
            }
        }
        return "";
    }

    private static String title(List<String> cells) {
        return cells.size() > 1 ? cells.get(1) : (cells.isEmpty() ? "" : cells.get(0));
    }
}
