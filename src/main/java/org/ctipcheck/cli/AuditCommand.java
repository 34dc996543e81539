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
import org.ctipcheck.audit.AuditExport;
import org.ctipcheck.audit.AuditFilter;
import org.ctipcheck.audit.AuditInputException;
import org.ctipcheck.audit.AuditQueries;
import org.ctipcheck.audit.AuditRecord;
import org.ctipcheck.audit.AuditRecordJson;
import org.ctipcheck.audit.AuditStore;
import org.ctipcheck.audit.AuditSummary;
import org.ctipcheck.audit.AuditWitness;
import org.ctipcheck.check.AuditWitnesses;
import org.ctipcheck.audit.SignedHead;
import org.ctipcheck.audit.WitnessResult;
import org.ctipcheck.audit.ChainVerification;
import org.ctipcheck.audit.FindingCount;
import org.ctipcheck.check.AuditReplay;
import org.ctipcheck.check.FindingChange;
import org.ctipcheck.check.ReplayResult;
import org.ctipcheck.evaluation.Ruleset;
import org.ctipcheck.evaluation.RulesetException;
import org.ctipcheck.report.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"The audit log of every check: list, show, export, statistics, chain verification and replay.",
                "Exit codes: 0 done; 1 verify found tampering or replay found differences; 2 bad input or unknown record;"
                        + " 5 the audit log cannot be opened or is in use."},
        subcommands = {AuditCommand.ListCommand.class, AuditCommand.ShowCommand.class, AuditCommand.ExportCommand.class,
                AuditCommand.StatsCommand.class, AuditCommand.VerifyCommand.class, AuditCommand.ReplayCommand.class,
                AuditCommand.PublicKeyCommand.class, AuditCommand.HeadCommand.class})
final class AuditCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Opens the store (which must exist: reading never creates one), runs the action, and turns audit errors into
     * one line: exit code 2 for bad input (no log there, a bad key or witness file), 5 for a store that fails.
     */
    abstract static class StoreCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        AuditStoreOption store;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (AuditStore opened = AuditStore.openExisting(store.location())) {
                int exit = run(opened, out);
                out.flush();
                return exit;
            } catch (AuditInputException e) {
                out.flush();
                spec.commandLine().getErr().println("ctip: " + e.getMessage());
                return ExitCodes.INVALID_INPUT;
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

    /** A determination the log can hold (any case, spaces for underscores); anything else is a usage error. */
    static final class DeterminationConverter implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String name = value.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
            for (org.ctipcheck.findings.Determination known : org.ctipcheck.findings.Determination.values()) {
                if (known.name().equals(name)) {
                    return name;
                }
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not a determination (expected one of "
                    + java.util.Arrays.toString(org.ctipcheck.findings.Determination.values()) + ")");
        }
    }

    static final class FilterOptions {
        @Mixin
        PeriodOptions period;

        @Option(names = "--rule", paramLabel = "RULE", description = "A rule fired: its id, or a requirement id such as CTIP-PLAN-06.")
        String rule;

        @Option(names = "--determination", paramLabel = "DETERMINATION", converter = DeterminationConverter.class,
                description = "NON_COMPLIANT, INCOMPLETE, COMPLIANT_WITH_OBSERVATIONS or COMPLIANT.")
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
                // Actor and organization come from users and submissions: printed terminal-safe, stored exact.
                out.printf("%-6d %-36s %-24s %-16s %-28s %-26s %d%n", s.sequence(), s.evaluationId(), s.recordedAt(),
                        TerminalText.safe(s.actor()), abbreviate(TerminalText.safe(s.organization()), 28),
                        s.determination(), s.findingCount());
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
            if (maxHits < 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--max-hits must be 0 (all) or more");
            }
            Optional<AuditRecord> record = store.queries().find(id);
            if (record.isEmpty()) {
                return unknown(id);
            }
            AuditRecordJson.write(out, record.get(), store.queries(), maxHits <= 0 ? Long.MAX_VALUE : maxHits, true);
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
            AuditExport.Format chosen;
            try {
                chosen = AuditExport.Format.parse(format);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            AuditExport.write(store.queries(), filter.filter(), chosen, out);
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
            if (top < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--top must be 1 or more");
            }
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
                out.println("  " + TerminalText.safe(group));
                counts.stream().limit(top).forEach(c -> out.printf("    %5d  %-8s %s%n", c.count(), c.severity(), c.ruleId()));
            });
            return ExitCodes.OK;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Walks the hash chain and checks every signed checkpoint under the key that signed it; names"
                    + " the first record modified, deleted, inserted or reordered, and every key that signed.",
                    "Without --public-key the keys registered in the store are trusted; with it, only the keys given.",
                    "Each --witness (an issued report, or a head from ctip audit head) must still be in the chain:"
                            + " truncation and re-signed rewrites are named.",
                    "Exit 0 intact; 1 tampered, signed by an untrusted key, or a witness not held; 2 bad input."})
    static final class VerifyCommand extends StoreCommand {
        @Option(names = "--public-key", paramLabel = "PEM",
                description = "Trust only this public key (as ctip audit public-key prints it); repeat it for every"
                        + " host's key and for keys rotated out.")
        List<Path> publicKeys = new ArrayList<>();

        @Option(names = "--witness", paramLabel = "FILE",
                description = "A report issued by ctip check (JSON, PDF, OSCAL, text, CSV or HTML) or a head written by"
                        + " ctip audit head; repeatable.")
        List<Path> witnessFiles = new ArrayList<>();

        @Override
        int run(AuditStore store, PrintWriter out) {
            List<java.security.PublicKey> trusted = publicKeys.stream().map(AuditStore::readPublicKey).toList();
            List<AuditWitness> witnesses = AuditWitnesses.read(witnessFiles);
            ChainVerification result = store.verifyTrusting(trusted);
            int exit = ExitCodes.OK;
            if (result.intact()) {
                out.println("audit log intact: " + result.message());
            } else {
                out.println((result.problem() == ChainVerification.Problem.UNTRUSTED_KEY ? "audit log NOT VERIFIED: "
                        : "audit log TAMPERED: ") + result.message());
                exit = ExitCodes.FINDINGS;
            }
            printSigners(result, out);
            for (WitnessResult witness : store.checkWitnesses(witnesses, trusted)) {
                out.println("witness " + witness.source() + ": " + (witness.confirmed() ? "held: " : "") + witness.message());
                if (witness.note() != null) {
                    out.println("  note: " + witness.note());
                }
                exit = Math.max(exit, witness.verdict() == WitnessResult.Verdict.FOREIGN ? ExitCodes.INVALID_INPUT
                        : witness.confirmed() ? ExitCodes.OK : ExitCodes.FINDINGS);
            }
            return exit;
        }

        private static void printSigners(ChainVerification result, PrintWriter out) {
            if (!result.keys().isEmpty()) {
                out.println("checkpoints signed by:");
            }
            for (ChainVerification.Signer signer : result.keys()) {
                out.println("  key " + signer.keyId() + ": " + signer.checkpoints()
                        + (signer.checkpoints() == 1 ? " checkpoint" : " checkpoints")
                        + (signer.registeredAt() == null ? ", not registered" : ", registered " + signer.registeredAt())
                        + (signer.local() ? ", the key this host signs with" : "")
                        + (signer.trusted() ? "" : ", NOT TRUSTED"));
            }
            if (result.trustFromStore()) {
                out.println("trust: the keys registered in the store itself; anyone who can write the store can register"
                        + " a key, so verify with --public-key FILE for each key you trust");
            }
        }
    }

    @Command(name = "head", mixinStandardHelpOptions = true,
            description = {"Writes the newest signed checkpoint (record count, chain head, signature and public key) as"
                    + " JSON, for safekeeping outside the server: ctip audit verify --witness FILE then checks that the"
                    + " log still holds it. The chain is verified first; nothing is written if it does not verify.",
                    "Exit 0 written; 1 the chain does not verify; 2 an empty log or a file that exists already."})
    static final class HeadCommand extends StoreCommand {
        @Option(names = "--out", paramLabel = "FILE", description = "Write the head to FILE (never overwritten) instead"
                + " of printing it.")
        Path file;

        @Override
        int run(AuditStore store, PrintWriter out) {
            ChainVerification chain = store.verifyTrusting(List.of());
            if (!chain.intact()) {
                spec.commandLine().getErr().println("ctip: the audit log does not verify, so no head was exported: "
                        + chain.message());
                return ExitCodes.FINDINGS;
            }
            Optional<SignedHead> head = store.signedHead();
            if (head.isEmpty()) {
                spec.commandLine().getErr().println("ctip: the audit log (" + store.location().describe()
                        + ") is empty: there is no head to export yet");
                return ExitCodes.INVALID_INPUT;
            }
            String json = head.get().toJson(store.location().describe());
            if (file == null) {
                out.print(json);
                return ExitCodes.OK;
            }
            try {
                Files.writeString(file, json, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW,
                        java.nio.file.StandardOpenOption.WRITE);
                out.println("signed head of record #" + head.get().recordCount() + " written to " + file);
                return ExitCodes.OK;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                spec.commandLine().getErr().println("ctip: " + file + " exists already; a head is never overwritten"
                        + " (choose another file name)");
                return ExitCodes.INVALID_INPUT;
            } catch (IOException e) {
                spec.commandLine().getErr().println("ctip: cannot write " + file + ": " + e.getMessage());
                return ExitCodes.INVALID_INPUT;
            }
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
                AuditReplay.requireIntact(store);
                ruleset = currentRules ? rulesOption.loader().load(rulesOption.folder())
                        : AuditReplay.archivedRuleset(store.queries(), record, rulesOption.loader());
            } catch (AuditReplay.Tampered e) {
                out.println("audit log TAMPERED: " + e.getMessage());
                return ExitCodes.FINDINGS;
            } catch (RulesetException e) {
                spec.commandLine().getErr().println("ctip: " + e.getMessage());
                return ExitCodes.RULESET_ERROR;
            }
            ReplayResult result;
            java.util.concurrent.ExecutorService ruleRunner = CheckWorkers.ruleRunner();
            try {
                result = AuditReplay.replay(record, ruleset, ruleRunner);
            } catch (org.ctipcheck.evaluation.RuleFailedException e) {
                spec.commandLine().getErr().println("ctip: " + TerminalText.safe(e.getMessage()) + "; nothing was replayed");
                return ExitCodes.RULESET_ERROR;
            } finally {
                ruleRunner.shutdownNow();
            }
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

    private static String abbreviate(String text, int width) {
        if (text == null) {
            return "-";
        }
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
