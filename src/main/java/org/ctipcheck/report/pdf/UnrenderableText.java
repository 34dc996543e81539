package org.ctipcheck.report.pdf;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ctipcheck.report.EvaluationReport;

/**
 * The characters of a report that no font the PDF ships can draw (an emoji, a flag, a script not shipped), found
 * before rendering so that the cover can say so and the command line can warn. The report and everything in it
 * are records, lists, maps and values, so every string in it is searched (a submitted evidence value too); the PDF
 * shows each such character as the same marker.
 */
public final class UnrenderableText {
    /** A cover note or warning names at most this many distinct markers, then says how many more there are. */
    static final int NAMED = 12;

    private UnrenderableText() {
    }

    /** The distinct markers, in order of first appearance; empty when everything renders. */
    public static Set<String> markers(EvaluationReport report) {
        Set<String> markers = new LinkedHashSet<>();
        collect(report, markers);
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

    private static void collect(Object value, Set<String> markers) {
        if (value instanceof String text) {
            markers.addAll(PdfFonts.unrenderable(text));
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                collect(read(component, record), markers);
            }
        } else if (value instanceof Iterable<?> items) {
            items.forEach(item -> collect(item, markers));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> {
                collect(key, markers);
                collect(item, markers);
            });
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            java.lang.reflect.Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of the report", e);
        }
    }
}
