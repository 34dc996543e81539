package org.ctipcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import org.ctipcheck.fixtures.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, item 8: "a missing key file is not silently replaced while records exist". The data directory's key
 * signed the log's checkpoints; when it is gone, a check refuses (exit 2) and says how to go on, instead of creating
 * a new key that would make the log look freshly started.
 */
class MissingSigningKeyTest {
    private static final String SAMPLE = "samples/01-compliant-overseas-services/submission.yaml";

    @TempDir
    Path folder;

    private Cli.Result check(String... more) {
        String[] base = {"check", SAMPLE, "--as-of", "2026-03-01", "--audit-dir", folder.resolve("audit").toString()};
        return Cli.run(java.util.stream.Stream.concat(java.util.stream.Stream.of(base), java.util.stream.Stream.of(more))
                .toArray(String[]::new));
    }

    @Test
    void aCheckRefusesWhenTheKeyThatSignedTheLogIsGone() throws Exception {
        check().exits(0);
        Path key = folder.resolve("audit/checkpoint-key.pk8");
        Files.delete(key);

        Cli.Result refused = check().exits(2).noStackTrace();

        assertThat(refused.err()).contains("the signing key " + key + " is missing")
                .contains("holds 1 records signed with key")
                .contains("restore the key file from a backup, or name the key file that signs for this log (--signing-key FILE)")
                .contains("no report was issued and nothing was recorded");
        assertThat(refused.out()).isEmpty();
        assertThat(key).as("no new key is created").doesNotExist();
        assertThat(Cli.run("audit", "list", "--audit-dir", folder.resolve("audit").toString()).exits(0).out())
                .contains("1 evaluation");
    }

    @Test
    void withoutThePublicHalfEitherTheEmbeddedLogStillRefuses() throws Exception {
        check().exits(0);
        Files.delete(folder.resolve("audit/checkpoint-key.pk8"));
        Files.delete(folder.resolve("audit/checkpoint-key.pub.pem"));

        check().exits(2).noStackTrace();

        assertThat(folder.resolve("audit/checkpoint-key.pk8")).doesNotExist();
    }

    @Test
    void namingAKeyFileProceeds() throws Exception {
        check().exits(0);
        Files.delete(folder.resolve("audit/checkpoint-key.pk8"));
        Path deployment = Files.write(folder.resolve("deployment.pk8"),
                KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate().getEncoded());

        check("--signing-key", deployment.toString()).exits(0);

        assertThat(Cli.run("audit", "list", "--audit-dir", folder.resolve("audit").toString()).exits(0).out())
                .contains("2 evaluations");
    }
}
