package org.ctipcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ctipcheck.audit.AuditException;
import org.ctipcheck.audit.AuditFilter;
import org.ctipcheck.audit.AuditQueries;
import org.ctipcheck.audit.AuditRecord;
import org.ctipcheck.audit.AuditReplay;
import org.ctipcheck.audit.AuditStore;
import org.ctipcheck.audit.AuditSummary;
import org.ctipcheck.audit.ChainVerification;
import org.ctipcheck.audit.FindingChange;
import org.ctipcheck.audit.FindingCount;
import org.ctipcheck.audit.ReplayResult;
import org.ctipcheck.evaluation.Ruleset;
import org.ctipcheck.evaluation.RulesetException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JacksonSerializable;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"The audit log of every check: list, show, export, statistics, chain verification and replay.",
                "Exit codes: 0 done; 1 verify found tampering or replay found differences; 2 bad input or unknown record;"
                        + " 5 the audit log cannot be opened or is in use."},
        subcommands = {AuditCommand.ListCommand.class, AuditCommand.ShowCommand.class, AuditCommand.ExportCommand.class,
                AuditCommand.StatsCommand.class, AuditCommand.VerifyCommand.class, AuditCommand.ReplayCommand.class,
                AuditCommand.PublicKeyCommand.class})
final class AuditCommand implements Runnable {
    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final JsonMapper COMPACT = JsonMapper.builder().build();
    /** Written straight to the command's output (which stays open): a record's supply-chain hits stream through. */
    private static final ObjectWriter PRETTY_TO_OUT = PRETTY.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET);
    private static final ObjectWriter COMPACT_TO_OUT = COMPACT.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET);

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Opens the store, runs the action, and turns audit errors into one line and exit code 5. */
    abstract static class StoreCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        AuditStoreOption store;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (AuditStore opened = AuditStore.open(store.location())) {
                int exit = run(opened, out);
                out.flush();
                return exit;
            } catch (AuditException e) {
                spec.commandLine().getErr().println("ctip: audit log: " + e.getMessage());
                return ExitCodes.AUDIT_ERROR;
            }
        }

        abstract int run(AuditStore store, PrintWriter out);

        int unknown(String id) {
            spec.commandLine().getErr().println("ctip: no evaluation " + id + " in the audit log ("
                    + store.location().describe() + ")");
            return ExitCodes.INVALID_INPUT;
        }
    }

    /** Which organization and period: the options every query command shares. */
    static final class PeriodOptions {
        @Option(names = "--org", paramLabel = "TEXT", description = "Organization name contains TEXT (any case).")
        String organization;

        @Option(names = "--since", paramLabel = "DATE", converter = CheckCommand.DateConverter.class,
                description = "Recorded on or after this date (yyyy-mm-dd, UTC).")
        LocalDate since;

        @Option(names = "--until", paramLabel = "DATE", converter = CheckCommand.DateConverter.class,
                description = "Recorded on or before this date (yyyy-mm-dd, UTC).")
        LocalDate until;

        AuditFilter filter() {
            return new AuditFilter(organization, null, since, until, null);
        }
    }

    static final class FilterOptions {
        @Mixin
        PeriodOptions period;

        @Option(names = "--rule", paramLabel = "RULE", description = "A rule fired: its id, or a requirement id such as CTIP-PLAN-06.")
        String rule;

        @Option(names = "--determination", paramLabel = "DETERMINATION",
                description = "NON_COMPLIANT, COMPLIANT_WITH_OBSERVATIONS or COMPLIANT.")
        String determination;

        AuditFilter filter() {
            return new AuditFilter(period.organization, rule, period.since, period.until,
                    determination == null ? null : determination.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists recorded evaluations, oldest first.")
    static final class ListCommand extends StoreCommand {
        @Mixin
        FilterOptions filter;

        @Override
        int run(AuditStore store, PrintWriter out) {
            List<AuditSummary> summaries = store.queries().list(filter.filter());
            out.printf("%-6s %-36s %-24s %-16s %-28s %-26s %s%n", "#", "EVALUATION", "RECORDED (UTC)", "ACTOR",
                    "ORGANIZATION", "DETERMINATION", "FINDINGS");
            for (AuditSummary s : summaries) {
                out.printf("%-6d %-36s %-24s %-16s %-28s %-26s %d%n", s.sequence(), s.evaluationId(), s.recordedAt(),
                        s.actor(), abbreviate(s.organization(), 28), s.determination(), s.findingCount());
            }
            out.println(summaries.size() + (summaries.size() == 1 ? " evaluation" : " evaluations"));
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Shows one recorded evaluation as JSON: who, when, rules, submission, rule hits, findings, hashes.")
    static final class ShowCommand extends StoreCommand {
        @Parameters(paramLabel = "ID", description = "Evaluation id (as printed in the report) or record number.")
        String id;

        @Option(names = "--max-hits", paramLabel = "N",
                description = "Supply-chain row hits shown, in file order (default: 1000; 0 for all of them).")
        long maxHits = 1000;

        @Override
        int run(AuditStore store, PrintWriter out) {
            Optional<AuditRecord> record = store.queries().find(id);
            if (record.isEmpty()) {
                return unknown(id);
            }
            writeJson(PRETTY_TO_OUT, out, record.get(), asJson(record.get(), store.queries(),
                    maxHits <= 0 ? Long.MAX_VALUE : maxHits));
            out.print("\n");
            return ExitCodes.OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Exports recorded evaluations: csv (one line per evaluation, supply-chain hits counted by rule) or"
                    + " jsonl (one full record per line, every supply-chain row hit included).")
    static final class ExportCommand extends StoreCommand {
        @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csv or jsonl.")
        String format;

        @Mixin
        FilterOptions filter;

        @Override
        int run(AuditStore store, PrintWriter out) {
            String chosen = format.strip().toLowerCase(Locale.ROOT);
            if (!chosen.equals("csv") && !chosen.equals("jsonl")) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "unknown export format '" + format + "' (expected csv or jsonl)");
            }
            if (chosen.equals("csv")) {
                out.println("sequence,evaluation_id,recorded_at,actor,role,organization,award_id,source,determination,"
                        + "finding_rule_ids,rule_hits,ruleset_sha256,submission_sha256,previous_hash,content_hash,"
                        + "attestation_sha256,supply_chain_rows_read,supply_chain_hits,supply_chain_hits_by_rule");
            }
            store.queries().forEach(filter.filter(), record -> {
                if (chosen.equals("jsonl")) {
                    writeJson(COMPACT_TO_OUT, out, record, asJson(record, store.queries(), Long.MAX_VALUE));
                    out.println();
                } else {
                    AuditRecord.SupplyChain screen = record.supplyChain();
                    List<String> byRule = new ArrayList<>();
                    if (screen != null) {
                        screen.hitsByRule().forEach((rule, hits) -> byRule.add(rule + "=" + hits));
                    }
                    List<String> rules = new ArrayList<>();
                    record.findings().forEach(f -> rules.add(f.path("ruleId").asString()));
                    out.println(String.join(",", Long.toString(record.sequence()), csv(record.evaluationId()),
                            csv(record.recordedAt()), csv(record.actor()), csv(record.role()), csv(record.organization()),
                            csv(record.awardId()), csv(record.source()), csv(record.determination()),
                            csv(String.join(";", rules)), Integer.toString(record.ruleHits().size()),
                            csv(record.rulesetFingerprint()), csv(record.submissionSha256()), csv(record.previousHash()),
                            csv(record.contentHash()), screen == null ? "" : screen.attestationSha256(),
                            screen == null ? "" : Long.toString(screen.rowsRead()),
                            screen == null ? "" : Long.toString(screen.hitCount()), csv(String.join(";", byRule))));
                }
            });
            return ExitCodes.OK;
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true,
            description = "Evaluations per determination, and the most frequent findings by organization and month.")
    static final class StatsCommand extends StoreCommand {
        @Mixin
        PeriodOptions period;

        @Option(names = "--top", paramLabel = "N", description = "Findings shown per organization and month (default: 5).")
        int top = 5;

        @Override
        int run(AuditStore store, PrintWriter out) {
            AuditQueries queries = store.queries();
            AuditFilter filter = period.filter();
            Map<String, Long> determinations = queries.determinations(filter);
            out.println("Evaluations: " + determinations.values().stream().mapToLong(Long::longValue).sum());
            determinations.forEach((determination, count) -> out.println("  " + determination + ": " + count));
            Map<String, List<FindingCount>> groups = new LinkedHashMap<>();
            for (FindingCount count : queries.stats(filter)) {
                groups.computeIfAbsent(count.organization() + " | " + count.period(), k -> new ArrayList<>()).add(count);
            }
            out.println("Most frequent findings by organization and month:");
            groups.forEach((group, counts) -> {
                out.println("  " + group);
                counts.stream().limit(top).forEach(c -> out.printf("    %5d  %-8s %s%n", c.count(), c.severity(), c.ruleId()));
            });
            return ExitCodes.OK;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Walks the hash chain and the signed checkpoints; names the first record modified, deleted,"
                    + " inserted or reordered. Exit 0 intact, 1 tampered."})
    static final class VerifyCommand extends StoreCommand {
        @Option(names = "--public-key", paramLabel = "PEM",
                description = "Check the checkpoints against this exported public key instead of the data directory's.")
        Path publicKey;

        @Override
        int run(AuditStore store, PrintWriter out) {
            ChainVerification result = store.verify(publicKey == null ? null : AuditStore.readPublicKey(publicKey));
            if (result.intact()) {
                out.println("audit log intact: " + result.message());
                return ExitCodes.OK;
            }
            out.println("audit log TAMPERED: " + result.message());
            return ExitCodes.FINDINGS;
        }
    }

    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = {"Re-evaluates a recorded submission with the archived rules, as of its recorded evaluation"
                    + " date, and confirms the findings are identical (exit 0) or lists the differences (exit 1).",
                    "With --with-current-rules, shows what changes under today's rules: new, resolved and changed findings."})
    static final class ReplayCommand extends StoreCommand {
        @Parameters(paramLabel = "ID", description = "Evaluation id or record number.")
        String id;

        @Option(names = "--with-current-rules", description = "Evaluate with the current rules folder instead of the archived rules.")
        boolean currentRules;

        @Mixin
        RulesOption rulesOption;

        @Override
        int run(AuditStore store, PrintWriter out) {
            Optional<AuditRecord> found = store.queries().find(id);
            if (found.isEmpty()) {
                return unknown(id);
            }
            AuditRecord record = found.get();
            Ruleset ruleset;
            try {
                ruleset = currentRules ? rulesOption.loader().load(rulesOption.folder())
                        : AuditReplay.archivedRuleset(store.queries(), record);
            } catch (RulesetException e) {
                spec.commandLine().getErr().println("ctip: " + e.getMessage());
                return ExitCodes.RULESET_ERROR;
            }
            ReplayResult result = AuditReplay.replay(record, ruleset);
            out.println("evaluation " + record.evaluationId() + " (#" + record.sequence() + "), recorded "
                    + record.recordedAt() + ", evaluated as of " + record.evaluationDate());
            out.println((currentRules ? "current rules " : "archived rules ") + result.rulesetFingerprint()
                    + (currentRules ? " (recorded with " + record.rulesetFingerprint() + ")" : ""));
            out.println("determination: recorded " + result.recordedDetermination() + ", replayed " + result.replayedDetermination());
            if (result.identical()) {
                out.println("findings identical (" + record.findings().size() + ")");
                return ExitCodes.OK;
            }
            for (FindingChange change : result.changes()) {
                out.println("  " + change.kind() + " " + change.ruleId() + " - " + change.detail());
            }
            long added = result.changes().stream().filter(c -> c.kind() == FindingChange.Kind.NEW).count();
            long resolved = result.changes().stream().filter(c -> c.kind() == FindingChange.Kind.RESOLVED).count();
            out.println("findings differ: " + added + " new, " + resolved + " resolved, "
                    + (result.changes().size() - added - resolved) + " changed");
            return ExitCodes.FINDINGS;
        }
    }

    @Command(name = "public-key", mixinStandardHelpOptions = true,
            description = "Prints the checkpoint public key (PEM): keep a copy elsewhere and verify with --public-key.")
    static final class PublicKeyCommand extends StoreCommand {
        @Option(names = "--out", paramLabel = "FILE", description = "Write the key to FILE instead of printing it.")
        Path file;

        @Override
        int run(AuditStore store, PrintWriter out) {
            String pem = store.publicKeyPem();
            if (file == null) {
                out.print(pem);
                return ExitCodes.OK;
            }
            try {
                Files.writeString(file, pem, StandardCharsets.US_ASCII);
                out.println("public key written to " + file);
                return ExitCodes.OK;
            } catch (IOException e) {
                spec.commandLine().getErr().println("ctip: cannot write " + file + ": " + e.getMessage());
                return ExitCodes.INVALID_INPUT;
            }
        }
    }

    /**
     * Writes a record's JSON as its row hits are read. A stored chunk that cannot be read stops the output there
     * and is reported as what it is, an unreadable audit record, not as a JSON error.
     */
    private static void writeJson(ObjectWriter writer, PrintWriter out, AuditRecord record, Map<String, Object> json) {
        try {
            writer.writeValue(out, json);
        } catch (JacksonException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof AuditException unreadable) {
                    out.println();
                    out.flush();
                    throw new AuditException("record #" + record.sequence() + " (evaluation " + record.evaluationId()
                            + "): " + unreadable.getMessage() + "; the output stops there (run ctip audit verify)",
                            unreadable);
                }
            }
            throw e;
        }
    }

    /** The record as JSON; a supply-chain screen with at most {@code maxHits} of its row hits. */
    static Map<String, Object> asJson(AuditRecord record, AuditQueries queries, long maxHits) {
        Map<String, Object> json = asJson(record);
        AuditRecord.SupplyChain screen = record.supplyChain();
        if (screen == null) {
            return json;
        }
        Map<String, Object> supplyChain = new LinkedHashMap<>();
        supplyChain.put("screenId", screen.screenId());
        supplyChain.put("attestation", Map.of("source", screen.source(), "format", screen.format(),
                "sha256", screen.attestationSha256()));
        supplyChain.put("referenceLists", screen.referenceLists());
        supplyChain.put("rowsRead", screen.rowsRead());
        supplyChain.put("rowsEvaluated", screen.rowsEvaluated());
        supplyChain.put("rowsRejected", screen.rowsRejected());
        supplyChain.put("hitsByRule", screen.hitsByRule());
        supplyChain.put("rules", screen.rules());
        supplyChain.put("listFindings", screen.listFindings());
        supplyChain.put("hitCount", screen.hitCount());
        StreamedHits hits = new StreamedHits(queries, screen, maxHits);
        supplyChain.put("hits", hits);
        supplyChain.put("hitsShown", new HitsShown(hits));
        json.put("supplyChain", supplyChain);
        return json;
    }

    /**
     * A screen's row hits in file order, written as they are read, a stored chunk at a time: exporting a screen of
     * millions of hits never holds them all, nor the whole line of JSON.
     */
    private static final class StreamedHits extends Untyped {
        private final AuditQueries queries;
        private final AuditRecord.SupplyChain screen;
        private final long maxHits;
        private long written;

        StreamedHits(AuditQueries queries, AuditRecord.SupplyChain screen, long maxHits) {
            this.queries = queries;
            this.screen = screen;
            this.maxHits = maxHits;
        }

        @Override
        public void serialize(JsonGenerator generator, SerializationContext context) {
            generator.writeStartArray();
            written = 0;
            if (maxHits > 0) {
                try {
                    queries.forEachSupplyChainHit(screen, hit -> {
                        context.writeValue(generator, hit);
                        if (++written >= maxHits) {
                            throw new EnoughHits();
                        }
                    });
                } catch (EnoughHits enough) {
                    // the first maxHits in file order
                }
            }
            generator.writeEndArray();
        }
    }

    /** A value Jackson writes by calling it, never with type information. */
    private abstract static class Untyped extends JacksonSerializable.Base {
        @Override
        public void serializeWithType(JsonGenerator generator, SerializationContext context, TypeSerializer type) {
            serialize(generator, context);
        }
    }

    /** The number of hits written just before it. */
    private static final class HitsShown extends Untyped {
        private final StreamedHits hits;

        HitsShown(StreamedHits hits) {
            this.hits = hits;
        }

        @Override
        public void serialize(JsonGenerator generator, SerializationContext context) {
            generator.writeNumber(hits.written);
        }
    }

    /** Ends reading the chunks once enough hits are shown. */
    private static final class EnoughHits extends RuntimeException {
        EnoughHits() {
            super(null, null, false, false);
        }
    }

    static Map<String, Object> asJson(AuditRecord record) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sequence", record.sequence());
        json.put("evaluationId", record.evaluationId());
        json.put("recordedAt", record.recordedAt());
        json.put("actor", record.actor());
        json.put("role", record.role());
        json.put("organization", record.organization());
        json.put("awardId", record.awardId());
        json.put("source", record.source());
        json.put("evaluationDate", record.evaluationDate());
        json.put("determination", record.determination());
        json.put("ruleset", Map.of("sha256", record.rulesetFingerprint()));
        json.put("referenceEditions", record.referenceEditions());
        json.put("submission", Map.of("sha256", record.submissionSha256(),
                "canonicalJson", COMPACT.readTree(record.canonicalSubmission())));
        json.put("findings", record.findings());
        json.put("ruleHits", record.ruleHits());
        json.put("reportHashes", record.reportHashes());
        json.put("previousHash", record.previousHash());
        json.put("contentHash", record.contentHash());
        return json;
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        return value.matches(".*[,\"\\r\\n].*") || value.contains("\n") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static String abbreviate(String text, int width) {
        if (text == null) {
            return "-";
        }
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
