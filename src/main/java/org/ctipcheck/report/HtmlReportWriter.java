package org.ctipcheck.report;

import java.util.List;
import org.ctipcheck.findings.ChecklistItem;
import org.ctipcheck.findings.EvaluationResult;
import org.ctipcheck.findings.Finding;
import org.ctipcheck.findings.PlanDecision;
import org.ctipcheck.findings.RuleHit;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.ctipcheck.submission.Evidence;

/**
 * One self-contained, printable HTML file: inline styles, no scripts, no external assets. Every piece of
 * submitted text is escaped and marked {@code dir="auto"} so right-to-left names lay out correctly.
 */
public final class HtmlReportWriter {
    private static final String STYLE = String.join("\n",
            "body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:11pt;line-height:1.4;max-width:60em;margin:2em auto;padding:0 1em;color:#111}",
            "h1{font-size:18pt;border-bottom:2px solid #1f3a5f;padding-bottom:.3em}h2{font-size:14pt;color:#1f3a5f;margin-top:1.6em}",
            "h3{font-size:12pt;margin-bottom:.2em}table{border-collapse:collapse;width:100%;margin:.5em 0}",
            "th,td{border:1px solid #999;padding:.25em .5em;text-align:left;vertical-align:top;overflow-wrap:anywhere}",
            "caption{text-align:left;font-weight:bold;padding:.3em 0}th{background:#e8edf3}dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dt{font-weight:bold}dd{margin:0;overflow-wrap:anywhere}",
            ".sev{font-weight:bold;padding:0 .3em;border:1px solid #333}.sev-BLOCKER{background:#f4c7c3}.sev-MAJOR{background:#fbe3c2}",
            ".sev-MINOR{background:#fff4c2}.sev-INFO,.sev-REVIEW{background:#dde8f5}",
            ".finding{border:1px solid #999;padding:.5em 1em;margin:.8em 0;page-break-inside:avoid}code{overflow-wrap:anywhere}",
            "@media print{body{margin:0;max-width:none}h2{page-break-after:avoid}a{color:inherit}}");

    public String write(EvaluationReport report) {
        EvaluationResult result = report.result();
        StringBuilder out = new StringBuilder(4096 + 1200 * result.findings().size());
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"generator\" content=\"").append(esc(report.tool().name() + " " + report.tool().version()))
                .append("\">\n<title>").append(esc(Labels.title(report))).append("</title>\n<style>\n")
                .append(STYLE).append("\n</style>\n</head>\n<body>\n");
        header(out, report);
        summary(out, report);
        checklist(out, result.checklist());
        findings(out, result.findings());
        if (report.supplyChain() != null) {
            SupplyChainHtml.supplyChain(out, report.supplyChain());
        }
        if (!report.referenceListsUsed().isEmpty()) {
            SupplyChainHtml.referenceLists(out, report.referenceListsUsed(), result.evaluationDate());
        }
        ruleHits(out, result.ruleHits());
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static void header(StringBuilder out, EvaluationReport report) {
        EvaluationReport.SubmissionInfo submission = report.submission();
        EvaluationResult result = report.result();
        out.append("<header>\n<h1>C-TIP compliance findings</h1>\n<p>FAR 52.222-50 and 52.222-56 (combating trafficking in persons)</p>\n<dl>\n");
        term(out, "Award", submission.awardId());
        term(out, "Instrument", submission.instrument());
        term(out, "Agency", submission.agency());
        term(out, "Organization", submission.organization());
        term(out, "Determination", Labels.determination(result.determination()));
        term(out, "Evaluated as of", result.evaluationDate().toString());
        term(out, "Generated", report.generatedAt().toString() + " by " + report.tool().name() + " " + report.tool().version());
        term(out, "Submission", submission.source() + " (" + submission.format() + ")");
        termCode(out, "Submission SHA-256", submission.sha256());
        termCode(out, "Ruleset SHA-256", report.ruleset().sha256());
        term(out, "Ruleset", report.ruleset().ruleCount() + " rules, " + report.ruleset().requirementCount() + " requirements");
        if (report.audit() != null) {
            termCode(out, "Audit log evaluation", report.audit().evaluationId() + " (#" + report.audit().sequence() + ")"
                    + Labels.copyNote(report.audit()));
            termCode(out, "Audit chain head", report.audit().chainHead());
        }
        out.append("</dl>\n</header>\n");
    }

    private static void summary(StringBuilder out, EvaluationReport report) {
        EvaluationResult result = report.result();
        JsonReport.Summary summary = JsonReport.summary(result);
        out.append("<section>\n<h2 id=\"summary\">Summary</h2>\n<table>\n<caption>Findings by severity</caption>\n")
                .append("<thead><tr><th scope=\"col\">Severity</th><th scope=\"col\">Findings</th></tr></thead>\n<tbody>\n");
        for (Severity severity : Severity.values()) {
            out.append("<tr><th scope=\"row\"><span class=\"sev sev-").append(severity.name()).append("\">")
                    .append(severity.name()).append("</span></th><td>")
                    .append(summary.findingsBySeverity().get(severity)).append("</td></tr>\n");
        }
        out.append("<tr><th scope=\"row\"><span class=\"sev sev-REVIEW\">REVIEW</span></th><td>")
                .append(summary.needsReview()).append("</td></tr>\n</tbody>\n</table>\n");
        PlanDecision decision = result.planDecision();
        out.append("<h3>Compliance plan required (FAR 52.222-50(h))</h3>\n<p><strong>")
                .append(esc(Labels.planRequired(decision))).append("</strong> &mdash; <span dir=\"auto\">")
                .append(esc(decision.reason())).append("</span></p>\n");
        String basis = Labels.confidence(decision.confidence());
        if (!basis.isEmpty()) {
            out.append("<p>").append(esc(basis)).append("</p>\n");
        }
        out.append("</section>\n");
    }

    private static void checklist(StringBuilder out, List<ChecklistItem> checklist) {
        out.append("<section>\n<h2 id=\"checklist\">Requirements checklist</h2>\n<table>\n<thead><tr>")
                .append("<th scope=\"col\">Status</th><th scope=\"col\">Requirement</th><th scope=\"col\">Citation</th>")
                .append("<th scope=\"col\">Title and reason</th></tr></thead>\n<tbody>\n");
        for (ChecklistItem item : checklist) {
            out.append("<tr><td>").append(esc(Labels.status(item.status()))).append("</td><td>")
                    .append(esc(item.requirementId())).append("</td><td>").append(esc(item.citation()))
                    .append("</td><td>").append(esc(item.title()));
            if (item.status() != Status.MET) {
                out.append("<br><span dir=\"auto\">").append(esc(item.reason())).append("</span>");
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static void findings(StringBuilder out, List<Finding> findings) {
        out.append("<section>\n<h2 id=\"findings\">Findings (").append(findings.size()).append(")</h2>\n");
        if (findings.isEmpty()) {
            out.append("<p>No findings.</p>\n");
        }
        int n = 0;
        for (Finding finding : findings) {
            n++;
            String severity = Labels.severity(finding);
            out.append("<article class=\"finding\">\n<h3>").append(n).append(". <span class=\"sev sev-").append(severity)
                    .append("\">").append(severity).append("</span> ").append(esc(finding.title())).append("</h3>\n<dl>\n");
            term(out, "Rule", finding.ruleId());
            term(out, "Citation", finding.citation());
            term(out, "Finding", finding.message());
            if (!finding.evidence().isEmpty()) {
                out.append("<dt>Evidence</dt><dd><ul>");
                for (Evidence evidence : finding.evidence()) {
                    out.append("<li><code dir=\"auto\">").append(esc(Labels.evidence(evidence))).append("</code></li>");
                }
                for (String document : Labels.documents(finding.evidence())) {
                    out.append("<li dir=\"auto\">in ").append(esc(document)).append("</li>");
                }
                out.append("</ul></dd>\n");
            }
            term(out, "Remediation", finding.remediation());
            String basis = Labels.confidence(finding.confidence());
            if (!basis.isEmpty()) {
                term(out, "Basis", basis);
            }
            out.append("</dl>\n</article>\n");
        }
        out.append("</section>\n");
    }

    private static void ruleHits(StringBuilder out, List<RuleHit> hits) {
        out.append("<section>\n<h2 id=\"rule-hits\">Appendix: rule hits</h2>\n<table>\n<thead><tr>")
                .append("<th scope=\"col\">#</th><th scope=\"col\">Rule</th><th scope=\"col\">Outcome</th>")
                .append("<th scope=\"col\">Facts matched</th></tr></thead>\n<tbody>\n");
        for (RuleHit hit : hits) {
            out.append("<tr><td>").append(hit.sequence()).append("</td><td>").append(esc(hit.ruleId()))
                    .append("</td><td>").append(esc(hit.outcome() == null ? "" : hit.outcome())).append("</td><td>")
                    .append(esc(String.join(", ", hit.matched()))).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static void term(StringBuilder out, String term, String value) {
        out.append("<dt>").append(esc(term)).append("</dt><dd dir=\"auto\">").append(esc(value)).append("</dd>\n");
    }

    private static void termCode(StringBuilder out, String term, String value) {
        out.append("<dt>").append(esc(term)).append("</dt><dd><code>").append(esc(value)).append("</code></dd>\n");
    }

    /** Escapes text for HTML element content and attribute values. */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '&': out.append("&amp;"); break;
                case '"': out.append("&quot;"); break;
                case '\'': out.append("&#39;"); break;
                default: out.append(c);
            }
        }
        return out.toString();
    }
}
