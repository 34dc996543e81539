package org.ctipcheck.web;

import java.util.concurrent.CountDownLatch;
import org.ctipcheck.audit.AuditException;
import org.ctipcheck.audit.AuditInputException;
import org.ctipcheck.evaluation.RulesetException;
import org.ctipcheck.web.security.UsersFile;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.PropertySource;
import org.springframework.context.event.ContextClosedEvent;

/**
 * The REST decision service ({@code ctip serve}): a channel over the application API
 * ({@link org.ctipcheck.check.ComplianceCheck}), with Spring MVC, Spring Security and the actuator. Only this
 * package and those under it know Spring; the command line loads it for {@code serve} alone, through
 * {@link #start} whose signature names no Spring type.
 */
@SpringBootApplication
@io.swagger.v3.oas.annotations.OpenAPIDefinition(info = @io.swagger.v3.oas.annotations.info.Info(
        title = "ctip-check decision service", version = "v1",
        description = "C-TIP compliance checks (FAR 52.222-50, 52.222-56) over HTTP: README, section ctip serve"))
@PropertySource("classpath:ctip/serve-defaults.properties")
public class CtipService {

    /** A started service: its port, and a way to wait for it to stop (SIGTERM or SIGINT: graceful shutdown). */
    public static final class Running {
        private final ConfigurableApplicationContext context;
        private final CountDownLatch closed = new CountDownLatch(1);

        private Running(ConfigurableApplicationContext context) {
            this.context = context;
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent) {
                    closed.countDown();
                }
            });
        }

        public int port() {
            return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "-1"));
        }

        public String auditLog() {
            return context.getBean(org.ctipcheck.spring.CtipAuditLog.class).describe();
        }

        public void awaitStop() throws InterruptedException {
            closed.await();
        }

        public void stop() {
            context.close();
        }
    }

    /** Why the service did not start, in the user's terms; {@code kind} says which exit code fits. */
    public static final class StartFailure extends RuntimeException {
        /** What kind of problem stopped it. */
        public enum Kind { INVALID_SETTING, RULESET, AUDIT_LOG, INTERNAL }

        private final Kind kind;

        StartFailure(Kind kind, String message, Throwable cause) {
            super(message, cause);
            this.kind = kind;
        }

        public Kind kind() {
            return kind;
        }
    }

    /** Starts the service with Spring Boot arguments ({@code --server.port=8080}, {@code --ctip.audit.dir=...}). */
    public static Running start(String... args) {
        SpringApplication application = new SpringApplication(CtipService.class);
        application.setBannerMode(Banner.Mode.OFF);
        application.setRegisterShutdownHook(true);
        // Tomcat's start-up chatter stays out of the terminal (warnings and errors still show). Logging is set up
        // before @PropertySource files are read, so these defaults are given here.
        application.setDefaultProperties(java.util.Map.of("logging.level.org.apache.catalina", "warn",
                "logging.level.org.apache.coyote", "warn", "logging.level.org.apache.tomcat", "warn"));
        try {
            return new Running(application.run(args));
        } catch (RuntimeException e) {
            throw explained(e);
        }
    }

    private static StartFailure explained(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PortInUseException inUse) {
                return new StartFailure(StartFailure.Kind.INVALID_SETTING, "port " + inUse.getPort()
                        + " is in use by another program; choose another with --port", failure);
            }
            if (cause instanceof UsersFile.Invalid || cause instanceof AuditInputException) {
                return new StartFailure(StartFailure.Kind.INVALID_SETTING, cause.getMessage(), failure);
            }
            if (cause instanceof RulesetException) {
                return new StartFailure(StartFailure.Kind.RULESET, cause.getMessage(), failure);
            }
            if (cause instanceof AuditException) {
                return new StartFailure(StartFailure.Kind.AUDIT_LOG, "audit log: " + cause.getMessage(), failure);
            }
            if (cause instanceof org.springframework.boot.context.properties.bind.BindException bind) {
                return new StartFailure(StartFailure.Kind.INVALID_SETTING, invalidSetting(bind), failure);
            }
            if (cause instanceof IllegalArgumentException && cause.getMessage() != null
                    && cause.getMessage().startsWith("ctip.")) {
                return new StartFailure(StartFailure.Kind.INVALID_SETTING, cause.getMessage(), failure);
            }
        }
        return new StartFailure(StartFailure.Kind.INTERNAL, "the service could not start: " + root(failure).getMessage(),
                failure);
    }

    /** A setting whose value cannot be read, by its name and the value given: "setting ctip.x=lots: 'lots' is ...". */
    private static String invalidSetting(org.springframework.boot.context.properties.bind.BindException bind) {
        String name = bind.getName().toString();
        String value = bind.getProperty() == null ? null : String.valueOf(bind.getProperty().getValue());
        // a Spring setting the service fills from one of its own (serve-defaults.properties): name the user's setting
        java.util.regex.Matcher placeholder = java.util.regex.Pattern.compile("^\\$\\{([^:}]+)").matcher(
                value == null ? "" : value);
        if (placeholder.find()) {
            return "setting " + placeholder.group(1) + ": " + root(bind).getMessage();
        }
        return "setting " + name + (value == null ? "" : "=" + value) + ": " + root(bind).getMessage();
    }

    private static Throwable root(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root;
    }
}
