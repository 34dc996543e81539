package org.ctipcheck.report.pdf;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ctipcheck.report.EvaluationReport;
import org.ctipcheck.report.JsonReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The characters of a report that no font the PDF ships can draw (an emoji, a flag, a script not shipped), found
 * before rendering so that the cover can say so and the command line can warn. Every text of the report is in its
 * JSON form, so that is what is searched; the PDF shows each such character as the same marker.
 */
public final class UnrenderableText {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    /** A cover note or warning names at most this many distinct markers, then says how many more there are. */
    static final int NAMED = 12;

    private UnrenderableText() {
    }

    /** The distinct markers, in order of first appearance; empty when everything renders. */
    public static Set<String> markers(EvaluationReport report) {
        Set<String> markers = new LinkedHashSet<>();
        collect(MAPPER.valueToTree(JsonReport.of(report)), markers);
        return markers;
    }

    /** The warning the command line prints when a PDF of the report shows markers. */
    public static Optional<String> warning(EvaluationReport report) {
        Set<String> markers = markers(report);
        return markers.isEmpty() ? Optional.empty() : Optional.of(sentence(markers));
    }

    /** "the PDF shows N characters that no embedded font has as markers: [emoji U+1F600], …". */
    static String sentence(Set<String> markers) {
        List<String> named = markers.stream().limit(NAMED).toList();
        return "the PDF shows " + markers.size() + (markers.size() == 1 ? " character" : " distinct characters")
                + " that no embedded font has as a marker naming its Unicode code points: " + String.join(", ", named)
                + (markers.size() > NAMED ? " and " + (markers.size() - NAMED) + " more" : "");
    }

    private static void collect(JsonNode node, Set<String> markers) {
        if (node.isString()) {
            markers.addAll(PdfFonts.unrenderable(node.asString()));
        } else if (node.isContainer()) {
            for (JsonNode child : node) {
                collect(child, markers);
            }
            if (node.isObject()) {
                node.propertyNames().forEach(name -> markers.addAll(PdfFonts.unrenderable(name)));
            }
        }
    }
}
