package org.ctipcheck.report;

/** Renders one evaluation report as the bytes of one file. */
@FunctionalInterface
public interface ReportRenderer {
    byte[] render(EvaluationReport report);
}
