package org.ctipcheck.evaluation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.ctipcheck.findings.Confidence;

/** Reads {@code reference/clause-editions.csv}: {@code clause,edition,effective,confidence,source}, one edition a line. */
final class ClauseEditions {
    static final String FILE = "reference/clause-editions.csv";
    private static final String HEADER = "clause,edition,effective,confidence,source";

    private ClauseEditions() {
    }

    static List<ClauseEdition> read(RuleSource source) {
        String[] lines = source.text().split("\\R");
        if (lines.length == 0 || !lines[0].strip().equalsIgnoreCase(HEADER)) {
            throw new RulesetException(source.path() + ": the first line must be the header " + HEADER);
        }
        List<ClauseEdition> editions = new ArrayList<>();
        for (int number = 1; number < lines.length; number++) {
            if (!lines[number].isBlank()) {
                editions.add(edition(source.path(), number + 1, lines[number]));
            }
        }
        return List.copyOf(editions);
    }

    private static ClauseEdition edition(String path, int lineNumber, String line) {
        List<String> fields = ReferenceLists.fields(line);
        try {
            if (fields.size() != 5 || fields.get(0).isBlank() || fields.get(4).isBlank()) {
                throw new IllegalArgumentException("five fields");
            }
            return new ClauseEdition(fields.get(0).strip(), YearMonth.parse(fields.get(1).strip()),
                    LocalDate.parse(fields.get(2).strip()), Confidence.parse(fields.get(3).strip()), fields.get(4).strip());
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new RulesetException(path + " line " + lineNumber + ": expected " + HEADER
                    + " (edition yyyy-mm, effective yyyy-mm-dd, a confidence label and the source), found: " + line);
        }
    }
}
