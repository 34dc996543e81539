package org.ctipcheck.report;

import static org.ctipcheck.report.OscalReportWriter.line;
import static org.ctipcheck.report.OscalReportWriter.markdownText;
import static org.ctipcheck.report.OscalReportWriter.prop;
import static org.ctipcheck.report.OscalReportWriter.token;
import static org.ctipcheck.report.OscalReportWriter.uuid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctipcheck.findings.RowFinding;
import org.ctipcheck.findings.Status;
import org.ctipcheck.submission.ReferenceListEdition;
import org.ctipcheck.supplychain.SupplyChainSummary;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reference lists and the supply-chain screen in OSCAL: each list and the attestation file are back-matter
 * resources (subjects of type {@code resource}); the screen is one summary observation, one observation per
 * rule that fired on rows (with the riskiest suppliers it hit as evidence), one per notice on a list and one
 * for the rejected rows; each supply-chain requirement with findings is an OSCAL finding linking them.
 */
final class SupplyChainOscal {
    private final String seed;
    private final LocalDate evaluationDate;
    private final Map<String, String> listResources = new LinkedHashMap<>();

    SupplyChainOscal(String seed, LocalDate evaluationDate) {
        this.seed = seed;
        this.evaluationDate = evaluationDate;
    }

    /** A back-matter resource per list; returns their uuids, in order, for links and subjects. */
    List<String> listResources(ArrayNode resources, List<ReferenceListEdition> lists) {
        List<String> ids = new ArrayList<>();
        for (ReferenceListEdition list : lists) {
            String id = uuid(seed, "reference-list/" + list.id() + "/" + list.edition() + "/" + list.asOf());
            listResources.putIfAbsent(list.id(), id);
            ids.add(id);
            ObjectNode resource = resources.addObject();
            resource.put("uuid", id);
            resource.put("title", line(list.name()));
            String flags = Labels.listFlags(list, evaluationDate);
            resource.put("description", markdownText("Reference list " + list.id() + ": " + Labels.listEdition(list)
                    + (flags.isEmpty() ? "" : " \u2014 " + flags) + (list.note() == null ? "" : ". " + list.note())));
            ArrayNode props = resource.putArray("props");
            prop(props, "reference-list-id", list.id());
            prop(props, "edition", list.edition());
            if (list.asOf() != null) {
                prop(props, "as-of", list.asOf().toString());
            }
            if (list.staleAfterMonths() != null) {
                prop(props, "stale-after-months", list.staleAfterMonths().toString());
            }
            prop(props, "stale", Boolean.toString(list.staleOn(evaluationDate)));
            prop(props, "partial", Boolean.toString(list.partial()));
            prop(props, "entries", Integer.toString(list.entries()));
        }
        return ids;
    }

    /** The attestation file as a back-matter resource; returns its uuid. */
    String attestationResource(ArrayNode resources, SupplyChainSummary summary) {
        String id = uuid(seed, "attestation-file/" + summary.source());
        ObjectNode resource = resources.addObject();
        resource.put("uuid", id);
        resource.put("title", line("Supplier attestation file " + summary.source()));
        resource.put("description", markdownText("Supplier, subcontractor and labor-recruiter attestations ("
                + summary.format() + "), screened against the rule pack's reference lists and supply-chain rules."));
        ArrayNode props = resource.putArray("props");
        prop(props, "format", summary.format());
        prop(props, "rows-read", Long.toString(summary.rowsRead()));
        return id;
    }

    /** Adds the screen's observations and findings to the result's arrays. */
    void results(ArrayNode observations, ArrayNode findings, SupplyChainSummary summary, String attestation,
            String activity, String collected) {
        List<String> subjects = new ArrayList<>();
        subjects.add(attestation);
        subjects.addAll(listResources.values());

        ObjectNode overview = observation(observations, uuid(seed, "supply-chain/summary"),
                "Supply-chain screen of " + summary.source(),
                "Rows read " + summary.rowsRead() + " = evaluated " + summary.rowsEvaluated() + " + rejected "
                        + summary.rowsRejected() + ". Row findings by severity: " + summary.findingsBySeverity()
                        + ". Rows by risk level: " + summary.rowsByRiskLevel() + ".",
                activity, subjects, collected);
        ArrayNode props = overview.putArray("props");
        prop(props, "rows-read", Long.toString(summary.rowsRead()));
        prop(props, "rows-evaluated", Long.toString(summary.rowsEvaluated()));
        prop(props, "rows-rejected", Long.toString(summary.rowsRejected()));
        summary.findingsBySeverity().forEach((severity, count) ->
                prop(props, "findings-" + severity.name().toLowerCase(), Long.toString(count)));
        summary.rowsByRiskLevel().forEach((level, count) ->
                prop(props, "rows-" + level.name().toLowerCase(), Long.toString(count)));
        groupEvidence(overview, summary);

        Map<String, List<String>> byRequirement = new LinkedHashMap<>();
        Map<String, Boolean> gap = new LinkedHashMap<>();
        summary.findingsByRule().forEach((rule, count) -> {
            String id = uuid(seed, "supply-chain/rule/" + rule);
            String requirement = requirementOf(rule);
            byRequirement.computeIfAbsent(requirement, k -> new ArrayList<>()).add(id);
            gap.put(requirement, true);
            ObjectNode node = observation(observations, id, rule + ": " + count + " row findings",
                    "Rule " + rule + " fired on " + count + " rows of the attestation file.", activity,
                    List.of(attestation), collected);
            ArrayNode ruleProps = node.putArray("props");
            prop(ruleProps, "rule-id", rule);
            prop(ruleProps, "requirement-id", requirement);
            prop(ruleProps, "finding-count", Long.toString(count));
            ArrayNode evidence = null;
            for (SupplyChainSummary.SupplierRisk risk : summary.riskiestSuppliers()) {
                if (risk.ruleIds().contains(rule)) {
                    evidence = evidence == null ? node.putArray("relevant-evidence") : evidence;
                    evidence.addObject().put("description", markdownText("line " + risk.line() + ", supplier "
                            + risk.supplierId() + " (" + risk.supplierName() + ", " + risk.country() + "): risk "
                            + risk.riskLevel() + ", score " + risk.score()));
                }
            }
        });
        int index = 0;
        for (RowFinding finding : summary.listFindings()) {
            String id = uuid(seed, "supply-chain/list-notice/" + index++ + "/" + finding.rule().id());
            String requirement = finding.rule().requirementId();
            byRequirement.computeIfAbsent(requirement, k -> new ArrayList<>()).add(id);
            gap.merge(requirement, finding.status() == Status.NOT_MET, Boolean::logicalOr);
            String list = listResources.get(finding.supplierId());
            ObjectNode node = observation(observations, id, finding.rule().id() + ": " + finding.supplierId(),
                    finding.message(), activity, list == null ? List.of(attestation) : List.of(list), collected);
            ArrayNode noticeProps = node.putArray("props");
            prop(noticeProps, "rule-id", finding.rule().id());
            prop(noticeProps, "requirement-id", requirement);
            prop(noticeProps, "severity", finding.severity().name());
            prop(noticeProps, "status", finding.status().name());
            prop(noticeProps, "citation", finding.rule().citation());
            if (finding.rule().confidence() != null) {
                prop(noticeProps, "confidence", finding.rule().confidence().name());
            }
            prop(noticeProps, "remediation", finding.rule().remediation());
        }
        if (summary.rowsRejected() > 0) {
            ObjectNode node = observation(observations, uuid(seed, "supply-chain/rejected"),
                    summary.rowsRejected() + " rejected rows",
                    summary.rowsRejected() + " rows of the attestation file could not be evaluated"
                            + (summary.rejectedNotListed() > 0 ? "; " + summary.rejectedNotListed()
                            + " of them are not listed here (see the per-row findings file)" : "") + ".",
                    activity, List.of(attestation), collected);
            prop(node.putArray("props"), "rows-rejected", Long.toString(summary.rowsRejected()));
            ArrayNode evidence = node.putArray("relevant-evidence");
            for (SupplyChainSummary.Rejection rejection : summary.rejected()) {
                evidence.addObject().put("description",
                        markdownText("line " + rejection.line() + ": " + rejection.reason()));
            }
        }

        byRequirement.forEach((requirement, related) -> {
            ObjectNode node = findings.addObject();
            node.put("uuid", uuid(seed, "supply-chain/finding/" + requirement));
            node.put("title", line(requirement + ": supply-chain screen"));
            node.put("description", markdownText("Findings of " + requirement + " on the attestation file "
                    + summary.source() + " and the reference lists."));
            ObjectNode target = node.putObject("target");
            target.put("type", "objective-id");
            target.put("target-id", token(requirement));
            target.putObject("status").put("state", gap.get(requirement) ? "not-satisfied" : "satisfied");
            ArrayNode links = node.putArray("related-observations");
            related.forEach(id -> links.addObject().put("observation-uuid", id));
        });
    }

    private static void groupEvidence(ObjectNode overview, SupplyChainSummary summary) {
        ArrayNode evidence = overview.putArray("relevant-evidence");
        addGroups(evidence, "country", summary.byCountry());
        addGroups(evidence, "good", summary.byGood());
        addGroups(evidence, "tier", summary.byTier());
        if (evidence.isEmpty()) {
            overview.remove("relevant-evidence");
        }
    }

    private static void addGroups(ArrayNode evidence, String dimension, Map<String, SupplyChainSummary.GroupCount> groups) {
        groups.forEach((key, count) -> evidence.addObject().put("description", markdownText("By " + dimension + " "
                + key + ": " + count.rows() + " rows, " + count.rowsWithFindings() + " with findings, "
                + count.findings() + " findings")));
    }

    private static ObjectNode observation(ArrayNode observations, String id, String title, String description,
            String activity, List<String> subjects, String collected) {
        ObjectNode node = observations.addObject();
        node.put("uuid", id);
        node.put("title", line(title));
        node.put("description", markdownText(description));
        node.putArray("methods").add("EXAMINE");
        node.putArray("types").add("finding");
        node.putArray("origins").addObject().putArray("actors").addObject().put("type", "tool")
                .put("actor-uuid", activity);
        ArrayNode subjectArray = node.putArray("subjects");
        subjects.forEach(subject -> subjectArray.addObject().put("subject-uuid", subject).put("type", "resource"));
        node.put("collected", collected);
        return node;
    }

    static String requirementOf(String ruleId) {
        int dot = ruleId.indexOf('.');
        return dot > 0 ? ruleId.substring(0, dot) : ruleId;
    }
}
