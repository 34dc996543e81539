package org.ctipcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ctipcheck.evaluation.CatalogIndex;
import org.ctipcheck.evaluation.NotEncoded;
import org.ctipcheck.evaluation.RuleExplanation;
import org.ctipcheck.evaluation.RuleCoverage;
import org.ctipcheck.evaluation.Ruleset;
import org.ctipcheck.evaluation.RulesetException;
import org.ctipcheck.findings.Requirement;
import org.ctipcheck.findings.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "rules", mixinStandardHelpOptions = true, description = "Documents the rules of a ruleset.",
        subcommands = {RulesCommand.ListRules.class, RulesCommand.ShowRule.class, RulesCommand.Coverage.class})
final class RulesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Loads the ruleset or reports why it cannot be used (exit 3). */
    abstract static class RulesetCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        RulesOption rulesOption;

        @Override
        public Integer call() {
            Ruleset ruleset;
            try {
                ruleset = rulesOption.loader().load(rulesOption.folder());
            } catch (RulesetException e) {
                spec.commandLine().getErr().println("ctip: " + e.getMessage());
                return ExitCodes.RULESET_ERROR;
            }
            PrintWriter out = spec.commandLine().getOut();
            int exit = run(ruleset, out);
            out.flush();
            return exit;
        }

        abstract int run(Ruleset ruleset, PrintWriter out);
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists every rule: id, severity, citation, title and area.")
    static final class ListRules extends RulesetCommand {
        @Override
        int run(Ruleset ruleset, PrintWriter out) {
            out.printf("%-48s %-8s %-14s %-40s %s%n", "ID", "SEVERITY", "AREA", "CITATION", "TITLE");
            for (RuleInfo rule : ruleset.rules()) {
                out.printf("%-48s %-8s %-14s %-40s %s%n", rule.id(), rule.severity(), area(rule), rule.citation(), rule.title());
            }
            out.printf("%n%d rules, %d requirements, ruleset sha256 %s (%s)%n", ruleset.rules().size(),
                    ruleset.requirements().size(), ruleset.fingerprint(), ruleset.location());
            return ExitCodes.OK;
        }

        private static String area(RuleInfo rule) {
            int slash = rule.file() == null ? -1 : rule.file().indexOf('/');
            return slash < 0 ? "" : rule.file().substring(0, slash);
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Explains a requirement (e.g. CTIP-PLAN-06) or a rule (e.g. CTIP-PLAN-06.no-housing-plan):"
                    + " citation, the requirement in plain words, when it applies, what satisfies it, remediation, confidence.")
    static final class ShowRule extends RulesetCommand {
        @Parameters(paramLabel = "ID", description = "A requirement id or a rule id.")
        String id;

        @Override
        int run(Ruleset ruleset, PrintWriter out) {
            Optional<RuleExplanation> explained = RuleExplanation.of(ruleset, id);
            if (explained.isEmpty()) {
                spec.commandLine().getErr().println("ctip: no requirement or rule '" + id + "' in " + ruleset.location()
                        + " (see 'ctip rules list')");
                return ExitCodes.INVALID_INPUT;
            }
            Requirement shown = explained.get().requirement();
            out.println(shown.id() + " - " + shown.title());
            out.println("  Citation:      " + shown.citation());
            out.println("  Applies to:    " + shown.appliesWhen());
            List<RuleInfo> satisfying = explained.get().satisfiedBy();
            if (!satisfying.isEmpty()) {
                out.println("  Satisfied when: " + String.join("; ", satisfying.stream().map(RuleInfo::title).toList()));
            }
            out.println("  Confidence:    " + shown.confidence() + " (" + shown.confidence().meaning() + ")");
            out.println("  Rules:");
            for (RuleInfo each : explained.get().rules()) {
                out.println("    " + each.id() + "  [" + each.severity() + "]  " + each.citation()
                        + (each.confidence() == shown.confidence() ? "" : "  (confidence " + each.confidence() + ")"));
                out.println("      " + each.title());
                out.println("      Fix: " + each.remediation());
                out.println("      File: " + each.file());
                if (explained.get().rules().size() == 1) {
                    printInterpretation(ruleset, each, out);
                }
            }
            for (String file : explained.get().rules().stream().map(RuleInfo::file).distinct().toList()) {
                String reading = org.ctipcheck.evaluation.RuleInterpretation.of(ruleset, file);
                if (!reading.isEmpty()) {
                    out.println("  Interpretation (" + file + "):");
                    org.ctipcheck.evaluation.RuleInterpretation.wrap(reading, 110).forEach(line -> out.println("    " + line));
                }
            }
            return ExitCodes.OK;
        }
    }

    /** Asked for one rule: its confidence and the interpretation written above it in its file. */
    private static void printInterpretation(Ruleset ruleset, RuleInfo rule, PrintWriter out) {
        out.println("      Confidence: " + rule.confidence() + " (" + rule.confidence().meaning() + ")");
        List<String> comment = ruleset.source(rule.file())
                .map(source -> org.ctipcheck.evaluation.RuleComments.of(source.text(), rule.id())).orElse(List.of());
        if (!comment.isEmpty()) {
            out.println("      Interpretation:");
            comment.forEach(line -> out.println("        " + line));
        }
    }

    @Command(name = "coverage", mixinStandardHelpOptions = true,
            description = {"Lists every requirement the catalog (docs/requirements-catalog.md) defines, with its citation,"
                    + " the rules that encode it and the tests that name them, or why it is not encoded"
                    + " (rules/NOT-ENCODED.md). Exit 1 when a catalog requirement is neither."})
    static final class Coverage extends RulesetCommand {
        @Override
        int run(Ruleset ruleset, PrintWriter out) {
            Path home = Path.of(System.getProperty("ctip.home", "."));
            Path rules = Path.of(ruleset.location());
            String catalog;
            String notEncoded;
            try {
                catalog = Files.readString(home.resolve("docs/requirements-catalog.md"));
                Path notEncodedFile = rules.resolve("NOT-ENCODED.md");
                notEncoded = Files.exists(notEncodedFile) ? Files.readString(notEncodedFile) : "";
            } catch (IOException e) {
                spec.commandLine().getErr().println("ctip: cannot read the requirements catalog: " + e.getMessage());
                return ExitCodes.INVALID_INPUT;
            }
            List<RuleCoverage.Row> rows = RuleCoverage.compute(ruleset, CatalogIndex.parse(catalog),
                    NotEncoded.parse(notEncoded), testsByRuleId(home.resolve("src/test/java")));
            int uncovered = 0;
            for (RuleCoverage.Row row : rows) {
                String status = !row.ruleIds().isEmpty() ? "ENCODED" : row.notEncodedReason() != null ? "NOT ENCODED" : "MISSING";
                out.printf("%-18s §%-3d %-12s %s%n", row.catalogId(), row.section(), status, row.citation());
                if (!row.ruleIds().isEmpty()) {
                    out.println("    rules: " + String.join(", ", row.ruleIds()));
                    out.println("    tests: " + (row.tests().isEmpty() ? "(test sources not found)" : String.join(", ", row.tests())));
                } else if (row.notEncodedReason() != null) {
                    out.println("    why:   " + row.notEncodedReason());
                } else {
                    uncovered++;
                }
            }
            long encoded = rows.stream().filter(row -> !row.ruleIds().isEmpty()).count();
            out.printf("%n%d catalog requirements: %d encoded, %d listed as not encoded, %d missing%n", rows.size(), encoded,
                    rows.size() - encoded - uncovered, uncovered);
            return uncovered == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
        }

        private static final Pattern RULE_ID = Pattern.compile("\"(CTIP-[A-Z]+-[0-9A-Za-z]+\\.[a-z0-9-]+)\"");

        /** Which test classes name each rule id, read from the test sources when they are present. */
        static Map<String, Set<String>> testsByRuleId(Path testSources) {
            Map<String, Set<String>> tests = new HashMap<>();
            if (!Files.isDirectory(testSources)) {
                return tests;
            }
            try (Stream<Path> files = Files.walk(testSources)) {
                for (Path file : files.filter(f -> f.toString().endsWith("Test.java")).toList()) {
                    String name = file.getFileName().toString().replace(".java", "");
                    Matcher matcher = RULE_ID.matcher(Files.readString(file));
                    while (matcher.find()) {
                        tests.computeIfAbsent(matcher.group(1), k -> new TreeSet<>()).add(name);
                    }
                }
            } catch (IOException e) {
                return tests;
            }
            return tests;
        }
    }
}
