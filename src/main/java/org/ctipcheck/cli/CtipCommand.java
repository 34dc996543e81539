package org.ctipcheck.cli;

import java.io.PrintWriter;
import java.util.List;
import org.ctipcheck.evaluation.BuildInfo;
import org.ctipcheck.report.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "ctip",
        mixinStandardHelpOptions = true,
        versionProvider = CtipCommand.Version.class,
        description = "Checks C-TIP (combating trafficking in persons) submissions against FAR 52.222-50 and 52.222-56.",
        footer = {"", "Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; 2 invalid input;"
                + " 3 ruleset error; 4 internal error; 5 audit log unavailable (nothing was reported)."})
public final class CtipCommand implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. Used by tests too. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length > 1 && args[0].equals("check")) {
            RulesetPreload.start(args);
            prepareIntake(args);
        }
        CommandLine commandLine = new CommandLine(new CtipCommand());
        for (Object subcommand : subcommandsFor(args)) {
            commandLine.addSubcommand(subcommand);
        }
        return commandLine
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(new UnexpectedErrorHandler())
                .setParameterExceptionHandler(new UsageErrorHandler())
                .execute(args);
    }

    /**
     * A cold JVM spends about as long building the intake's deserializers and validation metadata as picocli spends
     * building its command model: do the first on a spare thread while the second runs.
     */
    private static void prepareIntake(String[] args) {
        boolean json = java.util.Arrays.stream(args).anyMatch(arg -> arg.toLowerCase(java.util.Locale.ROOT).endsWith(".json"));
        Thread thread = new Thread(() -> {
            try {
                org.ctipcheck.check.ComplianceCheck.prepareReading(json);
            } catch (RuntimeException ignored) {
                // only a head start: the first read builds whatever is missing and reports any real problem
            }
        }, "ctip-intake-prepare");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The subcommands to build. picocli builds the model of every command it is given, by reflection, before it
     * parses anything; for {@code ctip check} that is most of the command line's start-up. So when the first
     * argument names a subcommand, only that one is built; otherwise (help, usage, typos) the whole tree is.
     */
    static List<Object> subcommandsFor(String[] args) {
        String first = args.length > 0 ? args[0] : "";
        return switch (first) {
            case "check" -> List.of(new CheckCommand());
            case "report" -> List.of(new ReportCommand());
            case "audit" -> List.of(new AuditCommand());
            case "rules" -> List.of(new RulesCommand());
            case "schema" -> List.of(new SchemaCommand());
            case "generate-attestation" -> List.of(new GenerateAttestationCommand());
            case "serve" -> List.of(new ServeCommand());
            default -> List.of(new CheckCommand(), new ReportCommand(), new AuditCommand(), new RulesCommand(),
                    new SchemaCommand(), new GenerateAttestationCommand(), new ServeCommand(),
                    new CommandLine.HelpCommand());
        };
    }

    /** {@code ctip} alone: no command was given, which is a usage error (exit 2), with the usage on stderr. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("ctip: name a command, e.g. ctip check SUBMISSION");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.INVALID_INPUT;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ctip-check " + BuildInfo.current().version(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }

    /** Bad command-line input is invalid input (exit 2), explained in one line plus a hint. */
    static final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException e, String[] args) {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("ctip: " + TerminalText.safe(e.getMessage())); // it may quote an option's value
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCodes.INVALID_INPUT;
        }
    }

    /** Never a stack trace for users: one line saying what failed. */
    static final class UnexpectedErrorHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
            commandLine.getErr().println("ctip: internal error: " + TerminalText.safe(String.valueOf(e))
                    + " (please report it with the command you ran; set CTIP_DEBUG=1 for details)");
            if (System.getenv("CTIP_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return ExitCodes.INTERNAL_ERROR;
        }
    }
}
