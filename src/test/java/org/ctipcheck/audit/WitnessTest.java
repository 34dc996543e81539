package org.ctipcheck.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ctipcheck.audit.TestStore.Backend;
import org.ctipcheck.fixtures.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issued reports and exported signed heads are witnesses: after the newest records are deleted, or the chain is
 * rewritten and signed again with the key beside the database, the chain verifies on its own, but not against them.
 */
class WitnessTest {
    private static final String HOUSING = "samples/02-housing-without-housing-plan/submission.json";
    private static final String NAME = "02-housing-without-housing-plan.findings.";

    @TempDir
    Path folder;

    private static String[] args(TestStore test, String... command) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of("--audit-dir", test.location().dataDirectory().toString()));
        if (test.backend() == Backend.POSTGRES) {
            all.addAll(List.of("--audit-db", test.location().jdbcUrl()));
        }
        return all.toArray(String[]::new);
    }

    /** Runs {@code count} checks, each writing its reports (json, pdf, text, html, csv, oscal) to reports-N. */
    private void issue(TestStore test, int count) {
        for (int i = 0; i < count; i++) {
            long n;
            try (Stream<Path> existing = Files.list(folder)) {
                n = existing.filter(p -> p.getFileName().toString().startsWith("reports-")).count() + 1;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Cli.Result result = Cli.run(args(test, "check", HOUSING, "--as-of", "2026-03-01", "--out",
                    folder.resolve("reports-" + n).toString(), "--format", "json,pdf,text,html,csv,oscal"));
            assertThat(result.exit()).as(result.err()).isEqualTo(1);
        }
    }

    private Path report(int n, String extension) {
        return folder.resolve("reports-" + n).resolve(NAME + extension);
    }

    private Path head(TestStore test, String name) {
        Path file = folder.resolve(name);
        Cli.run(args(test, "audit", "head", "--out", file.toString())).exits(0);
        return file;
    }

    private Cli.Result verify(TestStore test, Path... witnesses) {
        List<String> command = new ArrayList<>(List.of("audit", "verify"));
        for (Path witness : witnesses) {
            command.add("--witness");
            command.add(witness.toString());
        }
        return Cli.run(args(test, command.toArray(String[]::new)));
    }

    private static SigningKey localKey(TestStore test) {
        return SigningKey.load(test.location().dataDirectory().resolve(SigningKey.PRIVATE_FILE));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void reportsInEveryFormatAndASignedHeadAreHeldByAnUntouchedLog(Backend backend) {
        try (TestStore test = TestStore.create(backend, folder.resolve("data"))) {
            issue(test, 3);
            Path head = head(test, "head.json");
            Cli.Result result = verify(test, report(3, "json"), report(3, "pdf"), report(2, "txt"),
                    report(2, "html"), report(1, "csv"), report(1, "oscal.json"), head).exits(0);
            assertThat(result.out()).contains("audit log intact: 3 records")
                    .contains("witness " + report(3, "pdf") + ": held: evaluation ")
                    .contains("witness " + head + ": held: the log still holds the signed head")
                    .doesNotContain("note:");
            assertThat(result.out().lines().filter(l -> l.contains(": held: "))).hasSize(7);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void deletingTheNewestRecordsIsNamedAsTruncationEvenAfterAFullResealWithTheLocalKey(Backend backend) {
        try (TestStore test = TestStore.create(backend, folder.resolve("data"))) {
            issue(test, 4);
            Path head = head(test, "head.json");

            Resealing.truncate(test, 2);
            assertThat(verify(test).exits(0).out()).as("the chain alone cannot tell").contains("intact: 2 records");
            assertTruncated(verify(test, report(4, "json")).exits(1), report(4, "json"), 4);
            assertTruncated(verify(test, report(3, "pdf")).exits(1), report(3, "pdf"), 3);
            assertTruncated(verify(test, head).exits(1), head, 4);

            Resealing.reseal(test, localKey(test));
            assertThat(verify(test).exits(0).out()).contains("intact: 2 records, 1 signed checkpoints");
            assertTruncated(verify(test, report(4, "json"), report(2, "json")).exits(1), report(4, "json"), 4);
            assertTruncated(verify(test, report(3, "pdf")).exits(1), report(3, "pdf"), 3);
            assertTruncated(verify(test, head).exits(1), head, 4);
            assertThat(verify(test, report(2, "pdf"), report(1, "json")).exits(0).out()).contains(": held: ");
        }
    }

    private static void assertTruncated(Cli.Result result, Path witness, long issuedFor) {
        assertThat(result.out()).contains("witness " + witness + ": log TRUNCATED: the log ends at #2, the witness was"
                + " issued for #" + issuedFor);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRecordRemovedAndTheChainResealedWithTheLocalKeyIsNamedAsARewrite(Backend backend) {
        try (TestStore test = TestStore.create(backend, folder.resolve("data"))) {
            issue(test, 2);
            Path headAtTwo = head(test, "head-2.json");
            issue(test, 2);

            Resealing.remove(test, 2);
            Resealing.reseal(test, localKey(test));
            assertThat(verify(test).exits(0).out()).contains("intact: 3 records");

            assertThat(verify(test, report(3, "json")).exits(1).out()).contains("chain REWRITTEN: evaluation ")
                    .contains("(#3) is now stored as #2");
            assertThat(verify(test, report(2, "pdf")).exits(1).out()).contains("chain REWRITTEN at #2")
                    .contains("was removed or replaced");
            assertThat(verify(test, headAtTwo).exits(1).out()).contains("chain REWRITTEN up to #2");
            assertThat(verify(test, report(1, "json")).exits(0).out()).contains(": held: ");
        }
    }

    @Test
    void aReportEditedAfterItWasIssuedIsHeldWithANote() throws Exception {
        try (TestStore test = TestStore.create(Backend.H2, folder.resolve("data"))) {
            issue(test, 1);
            Files.writeString(report(1, "json"), Files.readString(report(1, "json")) + "\n");
            assertThat(verify(test, report(1, "json")).exits(0).out()).contains(": held: ")
                    .contains("note: the file's SHA-256").contains("was changed after it was issued");
        }
    }

    @Test
    void aWitnessThatIsNotAReportHasNoStampOrBelongsToAnotherLogIsBadInput() throws Exception {
        try (TestStore test = TestStore.create(Backend.H2, folder.resolve("data"))) {
            issue(test, 3);
            Path notAReport = Files.writeString(folder.resolve("notes.txt"), "minutes of the meeting\n");
            assertThat(verify(test, notAReport).exits(2).noStackTrace().err())
                    .contains("witness " + notAReport + ": not a ctip report with an audit stamp");
            assertThat(verify(test, folder.resolve("missing.json")).exits(2).err()).contains("no such file");

            Cli.Result unaudited = Cli.run("check", HOUSING, "--as-of", "2026-03-01", "--format", "json", "--no-audit");
            Path unstamped = Files.writeString(folder.resolve("unaudited.json"), unaudited.out());
            assertThat(verify(test, unstamped).exits(2).err()).contains("carries no audit stamp");

            Path head = head(test, "head.json");
            Path edited = Files.writeString(folder.resolve("edited-head.json"),
                    Files.readString(head).replace("\"recordCount\" : 3", "\"recordCount\" : 30"));
            assertThat(verify(test, edited).exits(2).err()).contains("does not verify under its own key");
            assertThat(Cli.run(args(test, "audit", "head", "--out", head.toString())).exits(2).err())
                    .contains("exists already");

            try (TestStore other = TestStore.create(Backend.H2, folder.resolve("other-data"))) {
                Cli.Result otherCheck = Cli.run(args(other, "check", HOUSING, "--as-of", "2026-03-01", "--format", "json"));
                Cli.run(args(other, "check", HOUSING, "--as-of", "2026-03-01", "--format", "json"));
                Path foreign = Files.writeString(folder.resolve("foreign.json"), otherCheck.out());
                Path foreignHead = head(other, "foreign-head.json");
                assertThat(verify(test, foreign).exits(2).out()).contains("belongs to another audit log");
                assertThat(verify(test, foreignHead).exits(2).out()).contains("belongs to another audit log");
            }
        }
    }
}
