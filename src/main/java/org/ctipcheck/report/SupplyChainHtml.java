package org.ctipcheck.report;

import static org.ctipcheck.report.HtmlReportWriter.esc;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ctipcheck.findings.RowFinding;
import org.ctipcheck.submission.ReferenceListEdition;
import org.ctipcheck.supplychain.SupplyChainSummary;

/** The HTML report's supply-chain and reference-list sections. */
final class SupplyChainHtml {
    private SupplyChainHtml() {
    }

    static void supplyChain(StringBuilder out, SupplyChainSummary summary) {
        out.append("<section>\n<h2 id=\"supply-chain\">Supply chain</h2>\n<dl>\n");
        term(out, "Attestation file", summary.source() + " (" + summary.format() + ")");
        term(out, "Rows read", summary.rowsRead() + " = " + summary.rowsEvaluated() + " evaluated + "
                + summary.rowsRejected() + " rejected");
        out.append("</dl>\n");
        if (!summary.listFindings().isEmpty()) {
            out.append("<table>\n<caption>Notices on the reference lists</caption>\n<thead><tr>")
                    .append("<th scope=\"col\">Severity</th><th scope=\"col\">Rule</th><th scope=\"col\">List</th>")
                    .append("<th scope=\"col\">Notice</th></tr></thead>\n<tbody>\n");
            for (RowFinding finding : summary.listFindings()) {
                out.append("<tr><td><span class=\"sev sev-").append(finding.severity().name()).append("\">")
                        .append(finding.severity().name()).append("</span></td><td>").append(esc(finding.rule().id()))
                        .append("</td><td>").append(esc(finding.supplierId())).append("</td><td dir=\"auto\">")
                        .append(esc(finding.message())).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        counts(out, "Row findings by severity", "Severity", summary.findingsBySeverity());
        counts(out, "Row findings by rule", "Rule", summary.findingsByRule());
        counts(out, "Rows by risk level", "Risk level", summary.rowsByRiskLevel());
        groups(out, "By country (ISO 3166-1)", "Country", summary.byCountry());
        groups(out, "By good", "Good", summary.byGood());
        groups(out, "By tier", "Tier", summary.byTier());

        out.append("<table>\n<caption>Riskiest suppliers</caption>\n<thead><tr><th scope=\"col\">Line</th>")
                .append("<th scope=\"col\">Supplier</th><th scope=\"col\">Name</th><th scope=\"col\">Country</th>")
                .append("<th scope=\"col\">Tier</th><th scope=\"col\">Risk</th><th scope=\"col\">Score</th>")
                .append("<th scope=\"col\">Rules</th></tr></thead>\n<tbody>\n");
        for (SupplyChainSummary.SupplierRisk risk : summary.riskiestSuppliers()) {
            out.append("<tr><td>").append(risk.line()).append("</td><td dir=\"auto\">").append(esc(risk.supplierId()))
                    .append("</td><td dir=\"auto\">").append(esc(risk.supplierName())).append("</td><td>")
                    .append(esc(risk.country())).append("</td><td>").append(risk.tier() == null ? "" : risk.tier())
                    .append("</td><td>").append(risk.riskLevel()).append("</td><td>").append(risk.score())
                    .append("</td><td>").append(esc(String.join(", ", risk.ruleIds()))).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");

        if (summary.rowsRejected() > 0) {
            out.append("<table>\n<caption>Rejected rows (").append(summary.rowsRejected())
                    .append(")</caption>\n<thead><tr><th scope=\"col\">Line</th><th scope=\"col\">Reason</th></tr></thead>\n<tbody>\n");
            for (SupplyChainSummary.Rejection rejection : summary.rejected()) {
                out.append("<tr><td>").append(rejection.line()).append("</td><td dir=\"auto\">")
                        .append(esc(rejection.reason())).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
            if (summary.rejectedNotListed() > 0) {
                out.append("<p>").append(summary.rejectedNotListed())
                        .append(" more rejected rows are not listed here; all of them are in the per-row findings file"
                                + " when the check writes one.</p>\n");
            }
        }
        out.append("</section>\n");
    }

    static void referenceLists(StringBuilder out, List<ReferenceListEdition> lists, LocalDate evaluationDate) {
        out.append("<section>\n<h2 id=\"reference-lists\">Reference lists used</h2>\n<table>\n<thead><tr>")
                .append("<th scope=\"col\">List</th><th scope=\"col\">Edition</th><th scope=\"col\">As of</th>")
                .append("<th scope=\"col\">Stale after</th><th scope=\"col\">Status on ").append(evaluationDate)
                .append("</th><th scope=\"col\">Entries</th><th scope=\"col\">Note</th></tr></thead>\n<tbody>\n");
        for (ReferenceListEdition list : lists) {
            String flags = Labels.listFlags(list, evaluationDate);
            out.append("<tr><td>").append(esc(list.name())).append("</td><td>").append(esc(list.edition()))
                    .append("</td><td>").append(list.asOf() == null ? "" : list.asOf()).append("</td><td>")
                    .append(list.staleAfterMonths() == null ? "" : list.staleAfterMonths() + " months").append("</td><td>")
                    .append(flags.isEmpty() ? "current" : "<strong>" + esc(flags) + "</strong>").append("</td><td>")
                    .append(list.entries()).append("</td><td>").append(esc(list.note())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static void counts(StringBuilder out, String caption, String key, Map<?, Long> counts) {
        out.append("<table>\n<caption>").append(esc(caption)).append("</caption>\n<thead><tr><th scope=\"col\">")
                .append(esc(key)).append("</th><th scope=\"col\">Count</th></tr></thead>\n<tbody>\n");
        counts.forEach((name, count) -> out.append("<tr><th scope=\"row\">").append(esc(String.valueOf(name)))
                .append("</th><td>").append(count).append("</td></tr>\n"));
        out.append("</tbody>\n</table>\n");
    }

    private static void groups(StringBuilder out, String caption, String key,
            Map<String, SupplyChainSummary.GroupCount> groups) {
        out.append("<table>\n<caption>").append(esc(caption)).append("</caption>\n<thead><tr><th scope=\"col\">")
                .append(esc(key)).append("</th><th scope=\"col\">Rows</th><th scope=\"col\">Rows with findings</th>")
                .append("<th scope=\"col\">Findings</th></tr></thead>\n<tbody>\n");
        groups.forEach((name, count) -> out.append("<tr><th scope=\"row\" dir=\"auto\">").append(esc(name))
                .append("</th><td>").append(count.rows()).append("</td><td>").append(count.rowsWithFindings())
                .append("</td><td>").append(count.findings()).append("</td></tr>\n"));
        out.append("</tbody>\n</table>\n");
    }

    private static void term(StringBuilder out, String term, String value) {
        out.append("<dt>").append(esc(term)).append("</dt><dd dir=\"auto\">").append(esc(value)).append("</dd>\n");
    }
}
