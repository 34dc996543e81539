package org.ctipcheck.spring;

import java.util.EnumSet;
import java.util.Set;
import org.ctipcheck.check.IssuedReport;
import org.ctipcheck.report.ReportFormat;
import org.ctipcheck.report.ReportRenderer;
import org.ctipcheck.report.ReportRenderers;

/**
 * The report renderers (text, JSON, PDF, HTML, CSV, OSCAL) for an application that files or shows a checked report.
 * A report recorded in a format is always given as the bytes the check recorded (their SHA-256 is in the audit
 * record); only other formats are rendered here. An application may replace this bean, e.g. to add a format of its own
 * for the reports it shows; what the check records is rendered by ctip-check itself.
 */
public class CtipReportRenderers {

    /** The formats it renders. */
    public Set<ReportFormat> formats() {
        return EnumSet.allOf(ReportFormat.class);
    }

    public ReportRenderer renderer(ReportFormat format) {
        return ReportRenderers.of(format);
    }

    /** The issued report in {@code format}: the recorded bytes when it was recorded in it, else rendered now. */
    public byte[] render(IssuedReport issued, ReportFormat format) {
        byte[] recorded = issued.rendered().get(format);
        return recorded != null ? recorded : renderer(format).render(issued.report());
    }
}
