package org.ctipcheck.cli;

import java.util.concurrent.Callable;
import org.ctipcheck.intake.SubmissionSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Prints the JSON Schema (draft 2020-12) of a submission.")
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(SubmissionSchema.json());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
