package org.ctipcheck.check;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctipcheck.audit.AuditException;
import org.ctipcheck.audit.AuditQueries;
import org.ctipcheck.audit.AuditRecord;
import org.ctipcheck.evaluation.ComplianceEvaluator;
import org.ctipcheck.evaluation.RulePackLocation;
import org.ctipcheck.evaluation.RuleSource;
import org.ctipcheck.evaluation.Ruleset;
import org.ctipcheck.evaluation.RulesetLoader;
import org.ctipcheck.findings.EvaluationResult;
import org.ctipcheck.intake.InvalidSubmission;
import org.ctipcheck.intake.ReadSubmission;
import org.ctipcheck.intake.SubmissionReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replays a recorded check: re-evaluates the recorded submission, as of its recorded evaluation date, with the
 * archived rules (or others the caller loads) and compares the findings. A use case over the audit log, so it
 * lives here and not in the log itself.
 */
public final class AuditReplay {
    /** The findings as the audit log stores them (BigDecimal written plainly), for a like-for-like comparison. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private AuditReplay() {
    }

    /** The log or the archived rules were altered: nothing is replayed, and no archived rule is compiled. */
    public static final class Tampered extends RuntimeException {
        public Tampered(String message) {
            super(message);
        }
    }

    /**
     * Checks the whole chain (and so the record and its archived rules' fingerprint) before anything of it is used:
     * archived rules are code, and an altered log must not run it.
     *
     * @throws Tampered naming what verify found
     */
    public static void requireIntact(org.ctipcheck.audit.AuditStore store) {
        org.ctipcheck.audit.ChainVerification verification = store.verify(null);
        if (!verification.intact()) {
            throw new Tampered("the audit log does not verify, so nothing is replayed: " + verification.message());
        }
    }

    /**
     * Loads the archived rule files of a record with {@code loader} (compiled once per fingerprint and cached when
     * the loader has a cache), after checking that they still have the recorded fingerprint: rules are code, and
     * nothing altered is compiled.
     */
    public static Ruleset archivedRuleset(AuditQueries queries, AuditRecord record, RulesetLoader loader) {
        return archivedRuleset(queries, record, loader, null);
    }

    /**
     * As {@link #archivedRuleset(AuditQueries, AuditRecord, RulesetLoader)}; when the archived files (checked first)
     * have the fingerprint of {@code loaded}, a ruleset compiled already, that one is used: same files, same rules.
     */
    public static Ruleset archivedRuleset(AuditQueries queries, AuditRecord record, RulesetLoader loader, Ruleset loaded) {
        List<RuleSource> files = queries.ruleset(record.rulesetFingerprint()).orElseThrow(() -> new AuditException(
                "the archived rules " + record.rulesetFingerprint() + " of evaluation " + record.evaluationId()
                        + " are missing from the audit log"));
        if (!Ruleset.fingerprintOf(files).equals(record.rulesetFingerprint())) {
            throw new Tampered("the archived rules " + record.rulesetFingerprint() + " were altered: their content no"
                    + " longer has that fingerprint, so they are not compiled or run");
        }
        if (loaded != null && loaded.fingerprint().equals(record.rulesetFingerprint())) {
            return loaded;
        }
        return loader.load(RulePackLocation.sources("archived rules " + record.rulesetFingerprint().substring(0, 12),
                files));
    }

    public static ReplayResult replay(AuditRecord record, Ruleset ruleset) {
        return replay(record, ruleset, null);
    }

    /** Replays with the evaluation run on {@code ruleRunner} (see ComplianceCheck#withRuleRunner); null: here. */
    public static ReplayResult replay(AuditRecord record, Ruleset ruleset, java.util.concurrent.Executor ruleRunner) {
        ReadSubmission submission;
        try {
            submission = new SubmissionReader(Long.MAX_VALUE / 2).read("evaluation " + record.evaluationId() + ".json",
                    record.canonicalSubmission().getBytes(StandardCharsets.UTF_8));
        } catch (InvalidSubmission e) {
            throw new AuditException("the recorded submission of evaluation " + record.evaluationId()
                    + " is no longer valid: " + e.problems().size() + " problem(s), first: " + e.problems().get(0).describe());
        }
        EvaluationResult result = new ComplianceEvaluator(ruleset, ruleRunner).evaluate(submission.facts(),
                new org.ctipcheck.submission.EvaluationContext(LocalDate.parse(record.evaluationDate())),
                ComplianceEvaluator.DEFAULT_RULE_TIME_LIMIT);
        JsonNode replayed = JSON.readTree(JSON.writeValueAsString(result.findings()));
        return new ReplayResult(ruleset.fingerprint(), record.determination(), result.determination().name(),
                compare(record.findings(), replayed));
    }

    static List<FindingChange> compare(JsonNode recorded, JsonNode replayed) {
        Map<String, JsonNode> before = byRule(recorded);
        Map<String, JsonNode> after = byRule(replayed);
        List<FindingChange> changes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> finding : after.entrySet()) {
            JsonNode old = before.get(finding.getKey());
            if (old == null) {
                changes.add(new FindingChange(FindingChange.Kind.NEW, ruleId(finding.getValue()), describe(finding.getValue())));
            } else if (!old.equals(finding.getValue())) {
                changes.add(new FindingChange(FindingChange.Kind.CHANGED, ruleId(finding.getValue()),
                        differences(old, finding.getValue())));
            }
        }
        for (Map.Entry<String, JsonNode> finding : before.entrySet()) {
            if (!after.containsKey(finding.getKey())) {
                changes.add(new FindingChange(FindingChange.Kind.RESOLVED, ruleId(finding.getValue()),
                        describe(finding.getValue())));
            }
        }
        return changes;
    }

    /** Findings keyed by rule id; a rule that reports several findings gets #2, #3 in order. */
    private static Map<String, JsonNode> byRule(JsonNode findings) {
        Map<String, JsonNode> keyed = new LinkedHashMap<>();
        for (JsonNode finding : findings) {
            String key = ruleId(finding);
            for (int n = 2; keyed.containsKey(key); n++) {
                key = ruleId(finding) + "#" + n;
            }
            keyed.put(key, finding);
        }
        return keyed;
    }

    private static String ruleId(JsonNode finding) {
        return finding.path("ruleId").asString();
    }

    private static String describe(JsonNode finding) {
        return finding.path("severity").asString() + " " + finding.path("status").asString() + ": "
                + finding.path("message").asString();
    }

    private static String differences(JsonNode old, JsonNode now) {
        List<String> fields = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : now.properties()) {
            if (!field.getValue().equals(old.path(field.getKey()))) {
                fields.add(field.getKey());
            }
        }
        return "changed " + String.join(", ", fields) + ": " + describe(now);
    }
}
