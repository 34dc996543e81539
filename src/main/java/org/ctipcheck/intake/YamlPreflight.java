package org.ctipcheck.intake;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * What the YAML reader would get silently wrong, refused before it reads: an alias ({@code *name}) is read by the
 * JSON-tree reader as the text of its name, not the value it stands for (a legal name of "ag" instead of the
 * company's), and a second document would be read as trailing garbage. Aliases and merge keys are therefore
 * refused with their line, as is more than one document. UTF-16 and UTF-32 YAML (with a byte-order mark, or
 * recognisable by its zero bytes as the YAML specification describes) is read as such, like UTF-16 JSON.
 */
final class YamlPreflight {
    private YamlPreflight() {
    }

    /** The content as UTF-8, whatever Unicode encoding it came in. */
    static byte[] asUtf8(byte[] content) {
        Charset charset = unicodeEncoding(content);
        if (charset == null) {
            return content;
        }
        String text = new String(content, charset);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** UTF-16/32 by byte-order mark or, without one, by the zero bytes of an ASCII first character; else null. */
    static Charset unicodeEncoding(byte[] b) {
        int n = b.length;
        if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF
                || n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) {
            return Charset.forName("UTF-32BE");
        }
        if (n >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0
                || n >= 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
            return Charset.forName("UTF-32LE");
        }
        if (n >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF || b[0] == 0 && b[1] != 0)) {
            return StandardCharsets.UTF_16BE;
        }
        if (n >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || b[0] != 0 && b[1] == 0)) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** Aliases and extra documents, each with its line; empty when the document can be read as it stands. */
    static List<SubmissionProblem> problems(byte[] utf8) {
        if (!mayHoldAliasOrDocuments(utf8)) {
            return List.of(); // the usual case: a cold start need not parse the document twice
        }
        List<SubmissionProblem> problems = new ArrayList<>();
        int documents = 0;
        try {
            Iterable<Event> events = new Parse(LoadSettings.builder().build())
                    .parseString(new String(utf8, StandardCharsets.UTF_8));
            for (Event event : events) {
                if (event instanceof AliasEvent alias) {
                    problems.add(at(alias.getStartMark(), "the YAML alias *" + alias.getAlias().getValue()
                            + " is not accepted: write the value out in full (an alias or merge key would be read as"
                            + " its name, not as the value it stands for)"));
                } else if (event instanceof DocumentStartEvent start && ++documents == 2) {
                    problems.add(at(start.getStartMark(), "a second YAML document starts here: a submission file holds"
                            + " exactly one document (remove the '---' and what follows, or check it separately)"));
                }
            }
        } catch (YamlEngineException syntax) {
            return problems; // the reader reports the syntax error itself, with its place
        }
        return problems;
    }

    /** An alias needs a '*', a second document a line starting with "---" or "...": without either, neither is there. */
    static boolean mayHoldAliasOrDocuments(byte[] utf8) {
        for (int i = 0; i < utf8.length; i++) {
            byte b = utf8[i];
            if (b == '*') {
                return true;
            }
            if ((b == '-' || b == '.') && (i == 0 || utf8[i - 1] == '\n' || utf8[i - 1] == '\r')
                    && i + 2 < utf8.length && utf8[i + 1] == b && utf8[i + 2] == b) {
                return true;
            }
        }
        return false;
    }

    private static SubmissionProblem at(Optional<Mark> mark, String message) {
        return new SubmissionProblem("", mark.map(m -> m.getLine() + 1).orElse(0),
                mark.map(m -> m.getColumn() + 1).orElse(0), message);
    }
}
