package org.ctipcheck.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Base64;
import org.ctipcheck.audit.TestStore.Backend;
import org.ctipcheck.fixtures.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad key files and stores that do not exist: exit 2 with a message naming the file or place, nothing created. */
class AuditInputTest {
    private static final String HOUSING = "samples/02-housing-without-housing-plan/submission.json";

    @TempDir
    Path folder;

    private Cli.Result checkWithKey(Path key) {
        return Cli.run("check", HOUSING, "--as-of", "2026-03-01", "--format", "json", "--audit-dir",
                folder.resolve("audit").toString(), "--signing-key", key.toString());
    }

    private Path pem(String name, String label, byte[] der) throws Exception {
        return Files.writeString(folder.resolve(name), "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + label + "-----\n");
    }

    private static byte[] privateKey(String algorithm) throws Exception {
        return KeyPairGenerator.getInstance(algorithm).generateKeyPair().getPrivate().getEncoded();
    }

    @Test
    void aSigningKeyFileThatIsMissingOrNotAnEd25519PrivateKeyStopsTheCheckBeforeAnythingIsRecorded() throws Exception {
        Path ed25519 = SeveralHostsTest.writeKey(folder.resolve("good.pem"), true);
        byte[] publicDer = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded();
        Object[][] cases = {
            {folder.resolve("missing.pem"), "no such file"},
            {pem("rsa.pem", "PRIVATE KEY", privateKey("RSA")), "an RSA private key; the checkpoint key must be an Ed25519"},
            {Files.write(folder.resolve("ec.pk8"), privateKey("EC")), "an EC private key"},
            {pem("public.pem", "PUBLIC KEY", publicDer), "a public key, not a private key"},
            {pem("encrypted.pem", "ENCRYPTED PRIVATE KEY", new byte[] {1, 2, 3}), "an encrypted private key"},
            {Files.writeString(folder.resolve("garbage.pk8"), "not a key at all"), "not a PKCS#8 private key"},
            {Files.createDirectories(folder.resolve("a-directory")), "cannot be read"},
        };
        for (Object[] bad : cases) {
            Cli.Result result = checkWithKey((Path) bad[0]).exits(2).noStackTrace();
            assertThat(result.err()).as(bad[0].toString()).contains("signing key " + bad[0] + ": " + bad[1]);
            assertThat(result.out()).isEmpty();
        }
        assertThat(folder.resolve("missing.pem")).as("a given key file is never created").doesNotExist();
        assertThat(folder.resolve("audit")).as("nothing recorded").doesNotExist();

        assertThat(checkWithKey(ed25519).exit()).isEqualTo(1);
        assertThat(folder.resolve("audit").resolve(SigningKey.PRIVATE_FILE)).as("a given key replaces the default one")
                .doesNotExist();
        Cli.Result publicKey = Cli.run("audit", "public-key", "--audit-dir", folder.resolve("audit").toString(),
                "--signing-key", ed25519.toString()).exits(0);
        assertThat(publicKey.out()).isEqualTo(SigningKey.pem(SigningKey.load(ed25519).publicKey()));
    }

    @Test
    void aPublicKeyToTrustThatIsMissingOrNotAnEd25519PublicKeyIsBadInput() throws Exception {
        Cli.run("check", HOUSING, "--as-of", "2026-03-01", "--format", "json", "--audit-dir",
                folder.resolve("audit").toString());
        Path privatePem = SeveralHostsTest.writeKey(folder.resolve("private.pem"), true);
        Path rsaPublic = pem("rsa.pub.pem", "PUBLIC KEY",
                KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic().getEncoded());
        Object[][] cases = {
            {folder.resolve("missing.pem"), "public key " + folder.resolve("missing.pem") + ": no such file"},
            {privatePem, "a PEM block of type PRIVATE KEY"},
            {rsaPublic, "not an Ed25519 public key"},
        };
        for (Object[] bad : cases) {
            Cli.Result result = Cli.run("audit", "verify", "--audit-dir", folder.resolve("audit").toString(),
                    "--public-key", bad[0].toString()).exits(2).noStackTrace();
            assertThat(result.err()).contains((String) bad[1]);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"verify", "list", "stats", "head", "public-key", "export --format csv", "show 1"})
    void readingCommandsDoNotCreateAStoreWhereThereIsNone(String command) {
        Path nowhere = folder.resolve("no-such-dir");
        String[] args = (String.join(" ", "audit", command) + " --audit-dir " + nowhere).split(" ");
        Cli.Result result = Cli.run(args).exits(2).noStackTrace();
        assertThat(result.err()).contains("no audit log in H2 database in " + nowhere);
        assertThat(nowhere).doesNotExist();

        Path empty = folder.resolve("empty-dir");
        assertThat(empty.toFile().mkdir()).isTrue();
        Cli.run(("audit " + command + " --audit-dir " + empty).split(" ")).exits(2);
        assertThat(empty).isEmptyDirectory();
    }

    @Test
    void verifyDoesNotCreateAPostgresStoreWhereThereIsNone() throws Exception {
        try (TestStore test = TestStore.create(Backend.POSTGRES, folder)) {
            Cli.Result result = Cli.run("audit", "verify", "--audit-dir", folder.toString(), "--audit-db",
                    test.location().jdbcUrl()).exits(2).noStackTrace();
            assertThat(result.err()).contains("no audit log in jdbc:postgresql:");
            try (Connection connection = DriverManager.getConnection(TestStore.postgresUrl());
                 ResultSet schema = connection.getMetaData().getSchemas(null, test.location().schema())) {
                assertThat(schema.next()).as("schema created").isFalse();
            }
        }
    }
}
