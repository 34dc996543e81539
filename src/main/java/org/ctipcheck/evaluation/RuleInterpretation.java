package org.ctipcheck.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * The reading of the law a rule file states in its header comment (the {@code //} lines before its first rule): the
 * paragraph quoted and each interpretive choice, marked [I] where the text does not settle it. {@code rules show}
 * prints it beside each rule's confidence, for any channel.
 */
public final class RuleInterpretation {
    private RuleInterpretation() {
    }

    /** The header comment of {@code file} (a path in the rule pack) as one paragraph; empty when it has none. */
    public static String of(Ruleset ruleset, String file) {
        return ruleset.sources().stream()
                .filter(source -> source.path().equals(file) || file.endsWith("/" + source.path()) || source.path().endsWith(file))
                .findFirst()
                .map(source -> header(source.text()))
                .orElse("");
    }

    static String header(String drl) {
        List<String> lines = new ArrayList<>();
        for (String line : drl.split("\\R")) {
            String text = line.strip();
            if (text.startsWith("rule ")) {
                break;
            }
            if (text.startsWith("//")) {
                lines.add(text.substring(2).strip());
            }
        }
        return String.join(" ", lines).strip();
    }

    /** {@code text} broken into lines of at most {@code width} characters, at spaces. */
    public static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
