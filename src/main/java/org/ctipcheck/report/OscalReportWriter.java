package org.ctipcheck.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.UUID;
import org.ctipcheck.findings.ChecklistItem;
import org.ctipcheck.findings.EvaluationResult;
import org.ctipcheck.findings.Finding;
import org.ctipcheck.findings.Status;
import org.ctipcheck.submission.Evidence;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The evaluation as an OSCAL 1.1.2 Assessment Results document (JSON). One result per evaluation; every
 * checklist requirement becomes an OSCAL finding whose target is the requirement (objective-id) with state
 * satisfied or not-satisfied; every gap or review item becomes an observation with its evidence and is
 * linked from its requirement's finding. The ruleset is the assessment activity and, in back-matter, the
 * assessment plan the results import; the submission is the assessment subject (a component of type plan).
 * UUIDs are name-based (version 5) on the submission and ruleset hashes, so the same evaluation always
 * yields the same identifiers.
 */
public final class OscalReportWriter {
    public static final String OSCAL_VERSION = "1.1.2";
    /** Namespace of the properties this tool adds (OSCAL requires an absolute URI). */
    public static final String NS = "https://github.com/ctip-check/ctip-check/ns/oscal";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    public String write(EvaluationReport report) {
        EvaluationResult result = report.result();
        String seed = report.submission().sha256() + "/" + report.ruleset().sha256() + "/" + result.evaluationDate();
        String generated = report.generatedAt().toString();

        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode ar = root.putObject("assessment-results");
        ar.put("uuid", uuid(seed, "assessment-results"));
        ObjectNode metadata = ar.putObject("metadata");
        metadata.put("title", line("C-TIP compliance findings: award " + report.submission().awardId()));
        metadata.put("last-modified", generated);
        metadata.put("version", token(report.tool().version()));
        metadata.put("oscal-version", OSCAL_VERSION);
        ArrayNode metaProps = metadata.putArray("props");
        prop(metaProps, "tool", report.tool().name() + " " + report.tool().version());
        if (report.audit() != null) {
            prop(metaProps, "audit-evaluation-id", report.audit().evaluationId());
            prop(metaProps, "audit-sequence", Long.toString(report.audit().sequence()));
            prop(metaProps, "audit-chain-head", report.audit().chainHead());
            if (report.audit().isUnverifiedCopy()) {
                prop(metaProps, "audit-copy", "unverified");
            }
        }

        String planResource = uuid(seed, "ruleset");
        ar.putObject("import-ap").put("href", "#" + planResource)
                .put("remarks", "The assessment plan is the ctip-check ruleset described in back-matter.");

        String activity = uuid(seed, "activity");
        ObjectNode activityNode = ar.putObject("local-definitions").putArray("activities").addObject();
        activityNode.put("uuid", activity);
        activityNode.put("title", "Rule-based evaluation under FAR 52.222-50 and 52.222-56");
        activityNode.put("description", "Each requirement of the ctip-check requirements catalog was evaluated by the"
                + " rules of the ruleset against the submission's facts, as of " + result.evaluationDate() + ".");
        ArrayNode activityProps = activityNode.putArray("props");
        prop(activityProps, "ruleset-sha256", report.ruleset().sha256());
        prop(activityProps, "rule-count", Integer.toString(report.ruleset().ruleCount()));
        prop(activityProps, "requirement-count", Integer.toString(report.ruleset().requirementCount()));

        ObjectNode res = ar.putArray("results").addObject();
        res.put("uuid", uuid(seed, "result"));
        res.put("title", line("Evaluation of " + report.submission().awardId() + " ("
                + report.submission().organization() + ")"));
        res.put("description", markdown("Determination: **" + Labels.determination(result.determination())
                + "**. Compliance plan required: " + Labels.planRequired(result.planDecision()) + " \u2014 ")
                + markdownText(result.planDecision().reason()));
        res.put("start", generated);
        res.put("end", generated);
        ArrayNode resultProps = res.putArray("props");
        prop(resultProps, "determination", result.determination().name());
        prop(resultProps, "evaluation-date", result.evaluationDate().toString());
        prop(resultProps, "plan-required", result.planDecision().outcome().name());

        String subject = uuid(seed, "submission");
        ObjectNode component = res.putObject("local-definitions").putArray("components").addObject();
        component.put("uuid", subject);
        component.put("type", "plan");
        component.put("title", line("Submission for award " + report.submission().awardId()));
        component.put("description", markdownText("C-TIP submission of " + report.submission().organization()
                + " (" + report.submission().instrument() + ", " + report.submission().agency() + "), read from "
                + report.submission().source()));
        ArrayNode componentProps = component.putArray("props");
        prop(componentProps, "submission-sha256", report.submission().sha256());
        prop(componentProps, "award-id", report.submission().awardId());
        prop(componentProps, "organization", report.submission().organization());
        component.putObject("status").put("state", "operational");

        res.putObject("reviewed-controls").putArray("control-selections").addObject()
                .put("description", "Every requirement of the ctip-check requirements catalog.")
                .putObject("include-all");

        ArrayNode observations = MAPPER.createArrayNode();
        int index = 0;
        java.util.Map<String, List<String>> observationsByRequirement = new java.util.HashMap<>();
        for (Finding finding : result.findings()) {
            String id = uuid(seed, "observation/" + index++ + "/" + finding.ruleId());
            observationsByRequirement.computeIfAbsent(finding.requirementId(), k -> new java.util.ArrayList<>()).add(id);
            observation(observations, id, finding, subject, activity, generated);
        }
        ArrayNode findings = MAPPER.createArrayNode();
        for (ChecklistItem item : result.checklist()) {
            finding(findings, seed, item, observationsByRequirement.getOrDefault(item.requirementId(), List.of()));
        }
        ArrayNode resources = MAPPER.createArrayNode();
        SupplyChainOscal supplyChain = new SupplyChainOscal(seed, result.evaluationDate());
        List<String> lists = supplyChain.listResources(resources, report.referenceListsUsed());
        if (!lists.isEmpty()) {
            ArrayNode links = activityNode.putArray("links");
            lists.forEach(id -> links.addObject().put("href", "#" + id).put("rel", "reference"));
        }
        if (report.supplyChain() != null) {
            String attestation = supplyChain.attestationResource(resources, report.supplyChain());
            supplyChain.results(observations, findings, report.supplyChain(), attestation, activity, generated);
        }
        if (!observations.isEmpty()) {
            res.set("observations", observations);
        }
        if (!findings.isEmpty()) {
            res.set("findings", findings);
        }

        ObjectNode backMatter = ar.putObject("back-matter");
        ObjectNode resource = backMatter.putArray("resources").addObject();
        resource.put("uuid", planResource);
        resource.put("title", "ctip-check ruleset (" + report.ruleset().ruleCount() + " rules, "
                + report.ruleset().requirementCount() + " requirements)");
        resource.put("description", markdownText("Rules and requirements catalog evaluated, fingerprint SHA-256 "
                + report.ruleset().sha256() + " over every rule file and requirements.yaml."));
        ArrayNode resourceProps = resource.putArray("props");
        prop(resourceProps, "ruleset-sha256", report.ruleset().sha256());
        ((ArrayNode) backMatter.get("resources")).addAll(resources);
        return MAPPER.writeValueAsString(root) + "\n";
    }

    private static void observation(ArrayNode observations, String id, Finding finding, String subject,
            String activity, String collected) {
        ObjectNode node = observations.addObject();
        node.put("uuid", id);
        node.put("title", line(finding.title()));
        node.put("description", markdownText(finding.message()));
        ArrayNode props = node.putArray("props");
        prop(props, "rule-id", finding.ruleId());
        prop(props, "requirement-id", finding.requirementId());
        prop(props, "severity", finding.severity().name());
        prop(props, "status", finding.status().name());
        prop(props, "citation", finding.citation());
        if (finding.confidence() != null) {
            prop(props, "confidence", finding.confidence().name());
        }
        prop(props, "remediation", finding.remediation());
        node.putArray("methods").add("EXAMINE");
        node.putArray("types").add(finding.status() == Status.NEEDS_REVIEW ? "control-objective" : "finding");
        ObjectNode origin = node.putArray("origins").addObject();
        origin.putArray("actors").addObject().put("type", "tool").put("actor-uuid", activity);
        node.putArray("subjects").addObject().put("subject-uuid", subject).put("type", "component");
        if (!finding.evidence().isEmpty()) {
            ArrayNode evidence = node.putArray("relevant-evidence");
            for (Evidence item : finding.evidence()) {
                String text = Labels.evidence(item)
                        + (item.documentReference() == null ? "" : " \u2014 in " + item.documentReference());
                evidence.addObject().put("description", markdownText(text));
            }
        }
        node.put("collected", collected);
    }

    private static void finding(ArrayNode findings, String seed, ChecklistItem item, List<String> observations) {
        ObjectNode node = findings.addObject();
        node.put("uuid", uuid(seed, "finding/" + item.requirementId()));
        node.put("title", line(item.requirementId() + ": " + item.title()));
        node.put("description", markdownText(item.reason()));
        ArrayNode props = node.putArray("props");
        prop(props, "citation", item.citation());
        prop(props, "status", item.status().name());
        if (item.confidence() != null) {
            prop(props, "confidence", item.confidence().name());
        }
        ObjectNode target = node.putObject("target");
        target.put("type", "objective-id");
        target.put("target-id", token(item.requirementId()));
        ObjectNode status = target.putObject("status");
        status.put("state", item.status() == Status.NOT_MET ? "not-satisfied" : "satisfied");
        if (item.status() == Status.NEEDS_REVIEW || item.status() == Status.NOT_APPLICABLE
                || item.status() == Status.MET_WITH_ADVICE) {
            status.put("reason", item.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            status.put("remarks", Labels.status(item.status()) + ": " + markdownText(item.reason()));
        }
        if (!observations.isEmpty()) {
            ArrayNode related = node.putArray("related-observations");
            observations.forEach(id -> related.addObject().put("observation-uuid", id));
        }
    }

    static void prop(ArrayNode props, String name, String value) {
        props.addObject().put("name", name).put("ns", NS).put("value", string(value));
    }

    /** OSCAL strings: non-empty, no leading or trailing whitespace, one line. */
    static String string(String value) {
        String text = value == null ? "" : value.replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? "(none)" : text;
    }

    static String line(String value) {
        return markdownText(string(value));
    }

    private static String markdown(String alreadyMarkdown) {
        return alreadyMarkdown;
    }

    /** Plain text as Markdown that says the same: ASCII punctuation escaped, so tags and links stay text. */
    static String markdownText(String value) {
        String text = string(value);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_{}[]<>()#+!|&~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** OSCAL tokens start with a letter or underscore and hold letters, digits, '.', '-' and '_' only. */
    static String token(String value) {
        String text = string(value).replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return Character.isLetter(text.charAt(0)) || text.charAt(0) == '_' ? text : "_" + text;
    }

    /** A version 5 (SHA-1, name-based) UUID, as OSCAL accepts versions 4 and 5 only. */
    static String uuid(String seed, String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-1").digest((seed + "#" + name).getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            long msb = 0;
            long lsb = 0;
            for (int i = 0; i < 8; i++) {
                msb = (msb << 8) | (hash[i] & 0xff);
                lsb = (lsb << 8) | (hash[8 + i] & 0xff);
            }
            return new UUID(msb, lsb).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JVM", e);
        }
    }
}
