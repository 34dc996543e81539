package org.ctipcheck.supplychain;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader that survives bad rows: a stray quote or a character after a closing quote
 * rejects that record only, and reading resumes on the next line. Quoted cells may span lines; when such a
 * record turns out malformed, only its first line is rejected and the lines after it are read again as
 * records, so one bad quote cannot swallow the rest of the file. Handles a UTF-8 BOM, LF and CRLF, and skips
 * blank lines. Line numbers are physical lines, 1-based, the header being line 1.
 */
public final class CsvRecordReader implements RecordReader {
    private static final int BUFFER = 1 << 16;
    private static final int EOF = -1;

    private final Reader in;
    private char[] buf = new char[BUFFER];
    private int pos;
    private int len;
    private boolean eof;
    private long line = 1;
    private int recordStart;
    private final StringBuilder carry = new StringBuilder();
    private final StringBuilder cell = new StringBuilder();
    private final List<String> cells = new ArrayList<>();
    private final List<String> header;
    private final long headerLine;

    public CsvRecordReader(Reader in) throws IOException {
        this.in = in;
        fill();
        if (len > 0 && buf[0] == '\uFEFF') {
            pos = 1;
        }
        RawRecord first = next();
        headerLine = first == null ? 0 : first.line();
        header = first == null || !first.readable() ? List.of() : List.of(first.cells());
        if (first != null && !first.readable()) {
            throw new IOException("the header line " + first.line() + " cannot be read: " + first.error());
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    long headerLine() {
        return headerLine;
    }

    @Override
    public RawRecord next() throws IOException {
        while (true) {
            if (peek() == EOF) {
                return null;
            }
            RawRecord record = record();
            if (record != null) {
                return record;
            }
        }
    }

    /** Reads one record; null for a blank line. */
    private RawRecord record() throws IOException {
        long recordLine = line;
        recordStart = pos;
        carry.setLength(0);
        cells.clear();
        cell.setLength(0);
        boolean multiLine = false;
        int state = 0; // 0 start of cell, 1 unquoted, 2 quoted, 3 quote inside quoted
        while (true) {
            int c = read();
            switch (state) {
                case 0 -> {
                    if (c == '"') {
                        state = 2;
                    } else if (c == ',') {
                        cells.add("");
                    } else if (c == '\n' || c == '\r' || c == EOF) {
                        endOfLine(c);
                        if (cells.isEmpty()) {
                            return null;
                        }
                        cells.add("");
                        return RawRecord.ok(recordLine, cells.toArray(new String[0]));
                    } else {
                        cell.append((char) c);
                        state = 1;
                    }
                }
                case 1 -> {
                    if (c == ',') {
                        addCell();
                        state = 0;
                    } else if (c == '\n' || c == '\r' || c == EOF) {
                        endOfLine(c);
                        addCell();
                        return RawRecord.ok(recordLine, cells.toArray(new String[0]));
                    } else if (c == '"') {
                        return reject(recordLine, multiLine, "bad quoting: a quote inside an unquoted cell (cell "
                                + (cells.size() + 1) + ")");
                    } else {
                        cell.append((char) c);
                    }
                }
                case 2 -> {
                    if (c == '"') {
                        state = 3;
                    } else if (c == EOF) {
                        return reject(recordLine, multiLine, "bad quoting: a quoted cell is never closed (cell "
                                + (cells.size() + 1) + ")");
                    } else {
                        if (c == '\n') {
                            line++;
                            multiLine = true;
                        }
                        cell.append((char) c);
                    }
                }
                default -> {
                    if (c == '"') {
                        cell.append('"');
                        state = 2;
                    } else if (c == ',') {
                        addCell();
                        state = 0;
                    } else if (c == '\n' || c == '\r' || c == EOF) {
                        endOfLine(c);
                        addCell();
                        return RawRecord.ok(recordLine, cells.toArray(new String[0]));
                    } else {
                        return reject(recordLine, multiLine, "bad quoting: '" + (char) c
                                + "' after a closing quote (cell " + (cells.size() + 1) + ")");
                    }
                }
            }
        }
    }

    private void addCell() {
        cells.add(cell.toString());
        cell.setLength(0);
    }

    private void endOfLine(int c) throws IOException {
        if (c == '\r' && peek() == '\n') {
            read();
        }
        if (c != EOF) {
            line++;
        }
    }

    /**
     * Rejects the record that starts on {@code recordLine}. A single-line record is skipped to the end of its
     * line; a record that ran over several lines is taken back to the end of its first line and the rest is
     * read again.
     */
    private RawRecord reject(long recordLine, boolean multiLine, String reason) throws IOException {
        if (!multiLine) {
            int c = -2;
            while (c != '\n' && c != EOF) {
                c = read();
                if (c == '\r' && peek() != '\n') {
                    break;
                }
            }
            if (c != EOF) {
                line++;
            }
            return RawRecord.bad(recordLine, reason);
        }
        String raw = carry.toString() + new String(buf, recordStart, pos - recordStart);
        int firstBreak = raw.indexOf('\n');
        String again = raw.substring(firstBreak + 1);
        char[] next = new char[Math.max(BUFFER, again.length() + (len - pos))];
        again.getChars(0, again.length(), next, 0);
        System.arraycopy(buf, pos, next, again.length(), len - pos);
        len = again.length() + (len - pos);
        buf = next;
        pos = 0;
        line = recordLine + 1;
        return RawRecord.bad(recordLine, reason + "; the record's quoted cell runs over several lines, so only line "
                + recordLine + " is rejected and the lines after it are read again");
    }

    private int read() throws IOException {
        if (pos == len && !fill()) {
            return EOF;
        }
        return buf[pos++];
    }

    private int peek() throws IOException {
        if (pos == len && !fill()) {
            return EOF;
        }
        return buf[pos];
    }

    /** Refills the buffer, keeping the current record's raw text in {@code carry}. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (recordStart < len) {
            carry.append(buf, recordStart, len - recordStart);
        }
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            eof = true;
            len = 0;
            pos = 0;
            recordStart = 0;
            return false;
        }
        len = n;
        pos = 0;
        recordStart = 0;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
