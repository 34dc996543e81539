package org.ctipcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ctip serve} from the command line: a bad users file stops it with exit 2 and a one-line reason; and the
 * other commands never load a Spring class (the command line's cold start must not pay for the service).
 */
class ServeCommandTest {
    @TempDir
    Path folder;

    private int run(StringWriter err, String... args) {
        return CtipCommand.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    }

    @Test
    void aUsersFileThatIsMissingStopsTheServiceWithExit2() {
        StringWriter err = new StringWriter();

        int exit = run(err, "serve", "--port", "0", "--users", folder.resolve("missing.yaml").toString(),
                "--audit-dir", folder.resolve("audit").toString());

        assertThat(exit).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).startsWith("ctip serve: users file").contains("no such file")
                .doesNotContain("Exception").hasLineCount(1);
    }

    @Test
    void anImplementerWithoutOrganizationStopsTheServiceWithExit2() throws Exception {
        Path users = Files.writeString(folder.resolve("users.yaml"),
                "users:\n  - {name: acme, password: \"{noop}x\", role: IMPLEMENTER}\n");
        StringWriter err = new StringWriter();

        int exit = run(err, "serve", "--port", "0", "--users", users.toString(), "--audit-dir",
                folder.resolve("audit").toString());

        assertThat(exit).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("user 'acme'").contains("UEI");
    }

    /** A setting's value that cannot be read stops the service with exit 2, naming the setting and the value. */
    @Test
    void aSettingThatCannotBeReadStopsTheServiceWithExit2NamingIt() throws Exception {
        Path users = Files.writeString(folder.resolve("users.yaml"),
                "users:\n  - {name: officer, password: \"{noop}x\", role: CONTRACTING_OFFICER}\n");
        for (String setting : new String[] {"ctip.rules.time-limit", "management.health.diskspace.threshold"}) {
            StringWriter err = new StringWriter();

            int exit = run(err, "serve", "--port", "0", "--users", users.toString(), "--no-audit", "--",
                    "--" + setting + "=lots");

            assertThat(exit).as(setting).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(err.toString()).as(setting).startsWith("ctip serve: setting " + setting + "=lots: 'lots'")
                    .doesNotContain("Exception").doesNotContain("could not start");
        }
    }

    /** A limit the service passes on to Spring's own setting is named as the user wrote it. */
    @Test
    void aLimitThatCannotBeReadIsNamedAsTheUserWroteIt() throws Exception {
        Path users = Files.writeString(folder.resolve("users.yaml"),
                "users:\n  - {name: officer, password: \"{noop}x\", role: CONTRACTING_OFFICER}\n");
        StringWriter err = new StringWriter();

        int exit = run(err, "serve", "--port", "0", "--users", users.toString(), "--no-audit", "--",
                "--ctip.limits.max-request-size=huge");

        assertThat(exit).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).startsWith("ctip serve: setting ctip.limits.max-request-size: 'huge'")
                .doesNotContain("spring.servlet").doesNotContain("${");
    }

    @Test
    void serveNeedsAUsersFile() {
        StringWriter err = new StringWriter();

        assertThat(run(err, "serve")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("--users");
    }

    /**
     * A fresh JVM, as the ctip script starts one: -verbose:class lists every class loaded by the check. The
     * default format loads no template engine either (the HTML report's Thymeleaf is made on first use).
     */
    @Test
    void checkLoadsNoSpringClass() throws Exception {
        String output = checkInFreshJvm();

        assertThat(output).contains("CTIP-PLAN-06.no-housing-plan").doesNotContain("org.springframework")
                .doesNotContain("org.ctipcheck.web")
                .doesNotContain("org.ctipcheck.spring.")
                .doesNotContain("org.thymeleaf");
    }

    /** The HTML report loads Thymeleaf and Spring's expression language, and still no Spring application. */
    @Test
    void anHtmlReportLoadsTheTemplateEngineButNoSpringApplication() throws Exception {
        String output = checkInFreshJvm("--format", "html");

        assertThat(output).contains("<!DOCTYPE html>").contains("CTIP-PLAN-06.no-housing-plan")
                .contains("org.thymeleaf.TemplateEngine").contains("org.springframework.expression.spel")
                .doesNotContain("org.springframework.context").doesNotContain("org.springframework.boot")
                .doesNotContain("org.springframework.web").doesNotContain("org.springframework.beans")
                .doesNotContain("org.thymeleaf.spring6").doesNotContain("org.ctipcheck.web");
    }

    private static String checkInFreshJvm(String... extra) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-Dctip.cli.audit=off", "-cp", System.getProperty("java.class.path"),
                CtipCommand.class.getName(), "check", "samples/02-housing-without-housing-plan/submission.json",
                "--as-of", "2026-03-01", "--no-audit"));
        command.addAll(List.of(extra));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(process.waitFor()).as(output).isEqualTo(ExitCodes.FINDINGS);
        return output;
    }
}
