package org.ctipcheck.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deployment's key file: PKCS#8 in DER or PEM, its public half derived exactly (RFC 8032, test 1). */
class SigningKeyTest {
    private static final HexFormat HEX = HexFormat.of();
    /** RFC 8032 section 7.1, TEST 1: the secret key and its public key. */
    private static final String SECRET = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    private static final String PUBLIC = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    /** PKCS#8 and X.509 prefixes of an Ed25519 key (RFC 8410), as openssl writes them. */
    private static final String PKCS8_PREFIX = "302e020100300506032b657004220420";
    private static final String X509_PREFIX = "302a300506032b6570032100";

    @TempDir
    Path folder;

    @Test
    void theKeyIsReadFromDerOrPemAndItsPublicHalfIsDerivedFromIt() throws Exception {
        byte[] der = HEX.parseHex(PKCS8_PREFIX + SECRET);
        Path derFile = Files.write(folder.resolve("key.pk8"), der);
        Path pemFile = Files.writeString(folder.resolve("key.pem"), "-----BEGIN PRIVATE KEY-----\r\n"
                + Base64.getEncoder().encodeToString(der) + "\r\n-----END PRIVATE KEY-----\r\n");

        for (Path file : new Path[] {derFile, pemFile}) {
            SigningKey key = SigningKey.load(file);
            assertThat(HEX.formatHex(key.publicKey().getEncoded())).as(file.toString()).isEqualTo(X509_PREFIX + PUBLIC);
            String signature = key.sign("message");
            assertThat(SigningKey.verify(key.publicKey(), "message", signature)).isTrue();
        }
        assertThat(SigningKey.load(derFile).keyId()).isEqualTo(SigningKey.load(pemFile).keyId());
    }

    @Test
    void theDataDirectorysKeyIsCreatedOnceAndAGivenKeyFileNever() {
        AuditLocation defaultKey = AuditLocation.embedded(folder.resolve("data"));
        assertThat(SigningKey.existing(defaultKey)).isEmpty();
        SigningKey created = SigningKey.of(defaultKey);
        assertThat(folder.resolve("data").resolve(SigningKey.PRIVATE_FILE)).exists();
        assertThat(SigningKey.of(defaultKey).keyId()).isEqualTo(created.keyId());
        assertThat(SigningKey.existing(defaultKey).orElseThrow().keyId()).isEqualTo(created.keyId());

        AuditLocation givenKey = defaultKey.withSigningKey(folder.resolve("deployment.pem"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SigningKey.of(givenKey))
                .isInstanceOf(AuditInputException.class).hasMessageContaining("no such file");
        assertThat(folder.resolve("deployment.pem")).doesNotExist();
    }

    /**
     * Issue 12, item 8: two processes that both found no key on a fresh data directory both create one; the first
     * to store it wins and the other reads and signs with the winner's key (before, the second replaced the file
     * while the first went on signing with a key no longer on disk).
     */
    @Test
    void theSecondOfTwoConcurrentCreationsUsesTheFirstOnesKey() throws Exception {
        Path data = folder.resolve("fresh");
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("Ed25519");

        SigningKey winner = SigningKey.create(data, generator.generateKeyPair());
        SigningKey loser = SigningKey.create(data, generator.generateKeyPair());

        assertThat(loser.keyId()).isEqualTo(winner.keyId());
        assertThat(SigningKey.load(data.resolve(SigningKey.PRIVATE_FILE)).keyId()).isEqualTo(winner.keyId());
        assertThat(SigningKey.keyId(SigningKey.readPublic(data.resolve(SigningKey.PUBLIC_FILE)))).isEqualTo(winner.keyId());
        try (java.util.stream.Stream<Path> files = Files.list(data)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder(SigningKey.PRIVATE_FILE, SigningKey.PUBLIC_FILE);
        }
    }
}
