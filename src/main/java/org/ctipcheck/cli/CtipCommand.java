package org.ctipcheck.cli;

import java.io.PrintWriter;
import org.ctipcheck.evaluation.BuildInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "ctip",
        mixinStandardHelpOptions = true,
        versionProvider = CtipCommand.Version.class,
        description = "Checks C-TIP (combating trafficking in persons) submissions against FAR 52.222-50 and 52.222-56.",
        subcommands = {CheckCommand.class, ReportCommand.class, AuditCommand.class, RulesCommand.class, SchemaCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; 2 invalid input;"
                + " 3 ruleset error; 4 internal error; 5 audit log unavailable (nothing was reported)."})
public final class CtipCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. Used by tests too. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new CtipCommand())
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(new UnexpectedErrorHandler())
                .setParameterExceptionHandler(new UsageErrorHandler());
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
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
            err.println("ctip: " + e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCodes.INVALID_INPUT;
        }
    }

    /** Never a stack trace for users: one line saying what failed. */
    static final class UnexpectedErrorHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
            commandLine.getErr().println("ctip: internal error: " + e
                    + " (please report it with the command you ran; set CTIP_DEBUG=1 for details)");
            if (System.getenv("CTIP_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return ExitCodes.INTERNAL_ERROR;
        }
    }
}
