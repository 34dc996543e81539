package org.ctipcheck.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.ctipcheck.evaluation.Ruleset;
import org.ctipcheck.evaluation.RulesetException;
import org.ctipcheck.evaluation.RulesetLoader;
import org.ctipcheck.findings.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "rules", mixinStandardHelpOptions = true, description = "Lists the rules of a ruleset.",
        subcommands = {RulesCommand.ListRules.class})
final class RulesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists every rule: id, severity, citation, title and file.")
    static final class ListRules implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        RulesOption rulesOption;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Ruleset ruleset;
            try {
                ruleset = new RulesetLoader().load(rulesOption.folder());
            } catch (RulesetException e) {
                spec.commandLine().getErr().println("ctip: " + e.getMessage());
                return ExitCodes.RULESET_ERROR;
            }
            out.printf("%-48s %-8s %-40s %s%n", "ID", "SEVERITY", "CITATION", "TITLE");
            for (RuleInfo rule : ruleset.rules()) {
                out.printf("%-48s %-8s %-40s %s%n", rule.id(), rule.severity(), rule.citation(), rule.title());
            }
            out.printf("%n%d rules, %d requirements, ruleset sha256 %s (%s)%n", ruleset.rules().size(),
                    ruleset.requirements().size(), ruleset.fingerprint(), ruleset.location());
            out.flush();
            return ExitCodes.OK;
        }
    }
}
