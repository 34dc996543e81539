package org.ctipcheck.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One service for the web tests (Spring caches the context: every subclass shares it): a real port on loopback,
 * MockMvc, the bundled rule pack, an audit log of its own in a temporary H2 store, and five users, one per role
 * plus a second implementer (the admin's password is a bare bcrypt hash, the others {noop}). Submissions are limited to 256KB so the limit is cheap to test.
 */
@SpringBootTest(classes = CtipService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public abstract class ServiceTestBase {
    /** Sample 01's organization (Meridian Gulf Builders) and sample 02's. */
    public static final String UEI_01 = "MGB4QATAR021";
    public static final String UEI_02 = "HGSS7DJ24K01";
    public static final Path SAMPLE_01 = Path.of("samples/01-compliant-overseas-services/submission.yaml");
    public static final Path SAMPLE_02 = Path.of("samples/02-housing-without-housing-plan/submission.json");
    public static final String PASSWORD = "secret";
    static final Path HOME = temporaryHome();
    /** The witness folder of GET /audit/verify (ctip.audit.witnesses): empty unless a test puts files there. */
    static final Path WITNESSES = HOME.resolve("witnesses");

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("ctip.audit.dir", () -> HOME.resolve("audit").toString());
        registry.add("ctip.security.users-file", () -> HOME.resolve("users.yaml").toString());
        registry.add("ctip.limits.max-submission-size", () -> "256KB");
        registry.add("ctip.limits.max-request-size", () -> "1MB");
        registry.add("ctip.audit.witnesses", () -> WITNESSES.toString());
    }

    private static Path temporaryHome() {
        try {
            Path home = Files.createTempDirectory("ctip-serve-test");
            Files.createDirectories(home.resolve("witnesses"));
            Files.writeString(home.resolve("users.yaml"), """
                    users:
                      - name: officer
                        password: "{noop}secret"
                        role: CONTRACTING_OFFICER
                      - name: meridian
                        password: "{noop}secret"
                        role: IMPLEMENTER
                        organization: %s
                      - name: harbor
                        password: "{noop}secret"
                        role: IMPLEMENTER
                        organization: %s
                      - name: auditor
                        password: "{noop}secret"
                        role: AUDITOR
                      - name: admin
                        password: "%s"
                        role: ADMIN
                    """.formatted(UEI_01, UEI_02, new BCryptPasswordEncoder().encode(PASSWORD)));
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
