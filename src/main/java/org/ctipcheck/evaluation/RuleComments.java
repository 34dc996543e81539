package org.ctipcheck.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * The interpretation written above a rule in its DRL file: the run of {@code //} comment lines directly before
 * {@code rule "ID"}, else the file's opening comment (after {@code package}, before the first import), which speaks
 * for every rule of the file. {@code rules show RULE-ID} prints it with the rule's confidence.
 */
public final class RuleComments {
    private RuleComments() {
    }

    /** The comment explaining the rule, as plain text lines without the {@code //}; empty when there is none. */
    public static List<String> of(String drl, String ruleId) {
        List<String> lines = drl.lines().toList();
        int ruleLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("rule \"" + ruleId + "\"")) {
                ruleLine = i;
                break;
            }
        }
        if (ruleLine < 0) {
            return List.of();
        }
        List<String> own = commentBlockEndingAt(lines, ruleLine - 1);
        return own.isEmpty() ? fileComment(lines) : own;
    }

    private static List<String> commentBlockEndingAt(List<String> lines, int last) {
        int first = last;
        while (first >= 0 && lines.get(first).strip().startsWith("//")) {
            first--;
        }
        List<String> block = new ArrayList<>();
        for (int i = first + 1; i <= last; i++) {
            block.add(text(lines.get(i)));
        }
        return block;
    }

    private static List<String> fileComment(List<String> lines) {
        List<String> block = new ArrayList<>();
        for (String line : lines) {
            String stripped = line.strip();
            if (stripped.startsWith("import ") || stripped.startsWith("global ") || stripped.startsWith("rule ")) {
                break;
            }
            if (stripped.startsWith("//")) {
                block.add(text(line));
            }
        }
        return block;
    }

    private static String text(String line) {
        String stripped = line.strip().substring(2);
        return stripped.startsWith(" ") ? stripped.substring(1) : stripped;
    }
}
