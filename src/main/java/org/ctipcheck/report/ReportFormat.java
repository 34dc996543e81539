package org.ctipcheck.report;

import java.util.Locale;

/** The formats a report can be rendered in, each with the file-name suffix it is written under. */
public enum ReportFormat {
    TEXT("txt", true),
    JSON("json", true),
    PDF("pdf", false),
    HTML("html", true),
    CSV("csv", true),
    OSCAL("oscal.json", true);

    private final String extension;
    private final boolean printable;

    ReportFormat(String extension, boolean printable) {
        this.extension = extension;
        this.printable = printable;
    }

    /** The file name suffix after {@code .findings.}, e.g. {@code pdf} or {@code oscal.json}. */
    public String extension() {
        return extension;
    }

    /** Whether the format is text that can go to a terminal (PDF cannot). */
    public boolean printable() {
        return printable;
    }

    /** {@code <base>.findings.<extension>}: the predictable name a report is written under. */
    public String fileName(String base) {
        return base + ".findings." + extension;
    }

    public static ReportFormat parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + text + "' (expected text, json, pdf, html, csv or oscal)");
        }
    }
}
