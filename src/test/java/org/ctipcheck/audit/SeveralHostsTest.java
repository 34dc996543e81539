package org.ctipcheck.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.ctipcheck.audit.TestStore.Backend;
import org.ctipcheck.fixtures.Cli;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two hosts with different signing keys append alternately to one store: on PostgreSQL two data directories with
 * their own default keys; on H2 one data directory checked with two key files in turn (PEM and DER).
 */
class SeveralHostsTest {
    private static final String HOUSING = "samples/02-housing-without-housing-plan/submission.json";

    @TempDir
    Path folder;

    /** The options that make one host: where its store and key are. */
    private record Host(List<String> options, Path keyFile) {
        String[] args(String... command) {
            return Stream.concat(Stream.of(command), options.stream()).toArray(String[]::new);
        }

        String keyId() {
            return SigningKey.load(keyFile).keyId();
        }
    }

    private List<Host> hosts(Backend backend, TestStore test) throws Exception {
        List<Host> hosts = new ArrayList<>();
        if (backend == Backend.POSTGRES) {
            for (String name : new String[] {"host-a", "host-b"}) {
                Path dir = folder.resolve(name);
                hosts.add(new Host(List.of("--audit-dir", dir.toString(), "--audit-db", test.location().jdbcUrl()),
                        dir.resolve(SigningKey.PRIVATE_FILE)));
            }
        } else {
            Path dir = test.location().dataDirectory();
            Path pem = writeKey(folder.resolve("host-a.pem"), true);
            Path der = writeKey(folder.resolve("host-b.pk8"), false);
            hosts.add(new Host(List.of("--audit-dir", dir.toString(), "--signing-key", pem.toString()), pem));
            hosts.add(new Host(List.of("--audit-dir", dir.toString(), "--signing-key", der.toString()), der));
        }
        return hosts;
    }

    /** A new Ed25519 key as openssl genpkey writes it: PKCS#8, in PEM or DER. */
    static Path writeKey(Path file, boolean pem) throws Exception {
        byte[] der = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate().getEncoded();
        if (pem) {
            Files.writeString(file, "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(der)
                    + "\n-----END PRIVATE KEY-----\n");
        } else {
            Files.write(file, der);
        }
        return file;
    }

    private static void check(Host host) {
        Cli.Result result = Cli.run(host.args("check", HOUSING, "--as-of", "2026-03-01", "--format", "json"));
        assertThat(result.exit()).as(result.err()).isEqualTo(1);
    }

    private Path publicKey(Host host, String name) {
        Path file = folder.resolve(name);
        Cli.run(host.args("audit", "public-key", "--out", file.toString())).exits(0);
        return file;
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void hostsWithTheirOwnKeysShareOneStoreAndVerifyTellsUntrustedFromForged(Backend backend) throws Exception {
        try (TestStore test = TestStore.create(backend, folder.resolve("store"))) {
            List<Host> hosts = hosts(backend, test);
            Host a = hosts.get(0);
            Host b = hosts.get(1);
            check(a);
            check(b);
            check(a);
            check(b);
            check(b);

            Cli.Result plain = Cli.run(a.args("audit", "verify")).exits(0).noStackTrace();
            assertThat(plain.out()).contains("audit log intact: 5 records, 5 signed checkpoints")
                    .contains("key " + a.keyId() + ": 2 checkpoints, registered")
                    .contains("key " + b.keyId() + ": 3 checkpoints, registered")
                    .contains("trust: the keys registered in the store itself");
            assertThat(line(plain.out(), a.keyId())).contains("the key this host signs with");
            assertThat(line(Cli.run(b.args("audit", "verify")).exits(0).out(), b.keyId()))
                    .contains("the key this host signs with");

            Path keyA = publicKey(a, "a.pem");
            Path keyB = publicKey(b, "b.pem");
            Cli.Result both = Cli.run(a.args("audit", "verify", "--public-key", keyA.toString(), "--public-key",
                    keyB.toString())).exits(0);
            assertThat(both.out()).contains("audit log intact").doesNotContain("trust: the keys registered")
                    .doesNotContain("NOT TRUSTED");

            Cli.Result onlyA = Cli.run(a.args("audit", "verify", "--public-key", keyA.toString())).exits(1);
            assertThat(onlyA.out()).contains("audit log NOT VERIFIED: records #2, #4 to #5 signed by untrusted key "
                    + b.keyId()).doesNotContain("forged").doesNotContain("TAMPERED");
            assertThat(line(onlyA.out(), "key " + b.keyId() + ":")).contains("NOT TRUSTED");
            assertThat(line(onlyA.out(), "key " + a.keyId() + ":")).doesNotContain("NOT TRUSTED");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aCheckpointWhoseSignatureDoesNotVerifyUnderItsKeyIsForgedNotUntrusted(Backend backend) throws Exception {
        try (TestStore test = TestStore.create(backend, folder.resolve("store"))) {
            List<Host> hosts = hosts(backend, test);
            check(hosts.get(0));
            check(hosts.get(1));
            // the checkpoint of record #2 claims to be signed by host A's key
            test.tamper("update audit_checkpoint set key_id = '" + hosts.get(0).keyId() + "' where record_count = 2");

            Cli.Result result = Cli.run(hosts.get(0).args("audit", "verify")).exits(1);
            assertThat(result.out()).contains("audit log TAMPERED: the checkpoint at record #2 does not carry a valid"
                    + " signature of key " + hosts.get(0).keyId()).contains("forged");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRegisteredKeyReplacedInTheRegistryIsNamed(Backend backend) throws Exception {
        try (TestStore test = TestStore.create(backend, folder.resolve("store"))) {
            List<Host> hosts = hosts(backend, test);
            check(hosts.get(0));
            check(hosts.get(1));
            String otherPem = SigningKey.pem(SigningKey.load(hosts.get(0).keyFile()).publicKey());
            test.tamper("update audit_signing_key set public_key = '" + otherPem + "' where key_id = '"
                    + hosts.get(1).keyId() + "'");

            Cli.Result result = Cli.run(hosts.get(0).args("audit", "verify")).exits(1);
            assertThat(result.out()).contains("the key registry was altered");
        }
    }

    private static String line(String text, String containing) {
        return text.lines().filter(l -> l.contains(containing)).findFirst().orElse("(no line with " + containing + ")");
    }
}
