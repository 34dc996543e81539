package org.ctipcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ctipcheck.audit.AuditLocation;
import org.ctipcheck.web.CtipService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ctip serve}: starts the REST decision service (Spring Boot) on the same rules and audit log as
 * {@code ctip check}. The only command that loads Spring: this class names no Spring type, so the other commands
 * never load one (and start as fast as before).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Starts the REST decision service: POST /api/v1/evaluations and the rest of /api/v1 (README,"
                + " \"ctip serve\"), HTTP Basic with the users of --users FILE. Runs until stopped (Ctrl-C or SIGTERM:"
                + " requests in progress finish first).",
                "Other settings as Spring Boot arguments after --, e.g. -- --ctip.limits.max-request-size=20MB."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "TCP port (default: 8080; 0: any free port).")
    int port = 8080;

    @Option(names = "--address", paramLabel = "ADDRESS",
            description = "Address to listen on (default: 127.0.0.1, this machine only; 0.0.0.0 for every interface).")
    String address = "127.0.0.1";

    @Option(names = "--users", paramLabel = "FILE",
            description = "YAML users file: users: [{name, password (bcrypt hash or {noop}...), role"
                    + " (CONTRACTING_OFFICER, IMPLEMENTER, AUDITOR, ADMIN), organization (the UEI, for implementers)}]."
                    + " Required unless bearer tokens are configured (-- --ctip.security.jwt.issuer-uri=URL).")
    Path users;

    @Option(names = "--max-size", paramLabel = "SIZE", converter = CheckCommand.SizeConverter.class,
            description = "Refuse submissions larger than this (default: 10MB).")
    Long maxSize;

    @Option(names = "--no-audit", description = "Do not record evaluations (then none can be read back).")
    boolean noAudit;

    @Mixin
    RulesOption rulesOption;

    @Mixin
    AuditStoreOption auditStore;

    @picocli.CommandLine.Parameters(paramLabel = "SPRING-ARGS", arity = "0..*",
            description = "Spring Boot arguments (after --), e.g. --ctip.limits.max-attestation-size=100MB.")
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port must be 0 to 65535");
        }
        if (users == null && !bearerTokensConfigured()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--users FILE is needed (or bearer"
                    + " tokens of an identity provider: -- --ctip.security.jwt.issuer-uri=URL; README, ctip serve)");
        }
        CtipService.Running service;
        try {
            service = CtipService.start(arguments().toArray(String[]::new));
        } catch (CtipService.StartFailure e) {
            err.println("ctip serve: " + e.getMessage());
            return switch (e.kind()) {
                case INVALID_SETTING -> ExitCodes.INVALID_INPUT;
                case RULESET -> ExitCodes.RULESET_ERROR;
                case AUDIT_LOG -> ExitCodes.AUDIT_ERROR;
                case INTERNAL -> ExitCodes.INTERNAL_ERROR;
            };
        }
        err.println("ctip serve: listening on http://" + (address.contains(":") ? "[" + address + "]" : address) + ":"
                + service.port() + "/api/v1 (audit log: " + service.auditLog() + ")");
        err.flush();
        service.awaitStop();
        return ExitCodes.OK;
    }

    /** A token issuer named after -- or in the environment (CTIP_SECURITY_JWT_ISSUERURI, ...). */
    private boolean bearerTokensConfigured() {
        return springArguments.stream().anyMatch(argument -> argument.startsWith("--ctip.security.jwt."))
                || System.getenv().keySet().stream().anyMatch(name -> name.startsWith("CTIP_SECURITY_JWT_"));
    }

    /** The settings as Spring Boot arguments: the command line's own resolution of rules and audit log first. */
    private List<String> arguments() {
        List<String> arguments = new ArrayList<>();
        arguments.add("--server.port=" + port);
        arguments.add("--server.address=" + address);
        if (users != null) {
            arguments.add("--ctip.security.users-file=" + users.toAbsolutePath());
        }
        arguments.add("--ctip.rules.location=" + rulesOption.folder().toAbsolutePath());
        arguments.add("--ctip.rules.cache-dir=" + RulesOption.cacheFolder().toAbsolutePath());
        if (maxSize != null) {
            arguments.add("--ctip.limits.max-submission-size=" + maxSize + "B");
        }
        Optional<AuditLocation> location = noAudit ? Optional.empty() : Optional.of(auditStore.location());
        arguments.add("--ctip.audit.enabled=" + location.isPresent());
        location.ifPresent(where -> {
            arguments.add("--ctip.audit.dir=" + where.dataDirectory().toAbsolutePath());
            arguments.add("--ctip.audit.db=" + where.jdbcUrl());
            if (where.signingKeyFile() != null) {
                arguments.add("--ctip.audit.signing-key=" + where.signingKeyFile().toAbsolutePath());
            }
        });
        arguments.addAll(springArguments);
        return arguments;
    }
}
