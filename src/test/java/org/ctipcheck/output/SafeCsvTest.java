package org.ctipcheck.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class SafeCsvTest {
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaGetsAnApostrophe() throws IOException {
        List<String> hostile = List.of(FORMULA, "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1");

        List<String> read = readBack(SafeCsv.row(hostile));

        assertThat(read).hasSize(hostile.size());
        for (int i = 0; i < hostile.size(); i++) {
            assertThat(read.get(i)).isEqualTo("'" + hostile.get(i));
        }
    }

    @Test
    void numbersAreNumericColumnsAndStayAsTheyAre() {
        assertThat(SafeCsv.row(Arrays.asList(-5L, 7, null, "-5"))).isEqualTo("-5,7,,'-5");
    }

    @Test
    void lineAndParagraphSeparatorsAreQuotedLikeLineBreaks() throws IOException {
        List<String> cells = List.of("a\u2028b", "c\u2029d", "e\u0085f", "g\r\nh", "i,j", "k\"l", "plain");

        String row = SafeCsv.row(cells);

        assertThat(row).startsWith("\"a\u2028b\",\"c\u2029d\",\"e\u0085f\",\"g\r\nh\",\"i,j\",\"k\"\"l\",plain");
        assertThat(readBack(row)).isEqualTo(cells);
    }

    @Test
    void plainTextAndEmptyCellsAreWrittenBare() {
        assertThat(SafeCsv.row(Arrays.asList("CTIP-PLAN-01", "", null, "NOT_MET"))).isEqualTo("CTIP-PLAN-01,,,NOT_MET");
    }

    private static List<String> readBack(String row) throws IOException {
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(row)).getRecords();
        assertThat(records).hasSize(1);
        return records.get(0).toList();
    }
}
