package org.ctipcheck.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ctipcheck.audit.TestStore.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight processes record 25 checks each, at the same time, on one PostgreSQL store (an embedded H2 store is held
 * by one process at a time, so this is PostgreSQL's case): every check is recorded once and the chain is intact.
 */
class ManyProcessesTest {
    private static final int PROCESSES = 8;
    private static final int CHECKS = 25;

    @TempDir
    Path folder;

    @Test
    void eightProcessesRecordingTwentyFiveChecksEachOnOnePostgresStoreLeaveTwoHundredRecordsInAnIntactChain()
            throws Exception {
        try (TestStore test = TestStore.create(Backend.POSTGRES, folder)) {
            try (AuditStore store = test.open()) {
                store.signingKey(); // schema and signing key exist before the processes start, as once deployed
            }
            List<Process> children = new ArrayList<>();
            for (int p = 0; p < PROCESSES; p++) {
                children.add(new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx128m",
                        "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                        ChildChecks.class.getName(), folder.toString(), test.location().jdbcUrl(), "p" + p,
                        Integer.toString(CHECKS))
                        .redirectError(folder.resolve("p" + p + ".err").toFile())
                        .redirectOutput(folder.resolve("p" + p + ".out").toFile())
                        .start());
            }
            for (int p = 0; p < PROCESSES; p++) {
                Process child = children.get(p);
                assertThat(child.waitFor(180, TimeUnit.SECONDS)).isTrue();
                String err = Files.readString(folder.resolve("p" + p + ".err"), StandardCharsets.UTF_8);
                assertThat(child.exitValue()).as(err).isZero();
                assertThat(Files.readString(folder.resolve("p" + p + ".out"))).as(err).contains("done");
            }
            try (AuditStore store = test.open()) {
                ChainVerification result = store.verify(null);
                assertThat(result.intact()).as(result.message()).isTrue();
                assertThat(result.records()).isEqualTo(PROCESSES * CHECKS);
                assertThat(result.checkpoints()).isEqualTo(PROCESSES * CHECKS);
            }
            assertThat(distinctKeys(test)).isEqualTo(PROCESSES * CHECKS);
        }
    }

    private static long distinctKeys(TestStore test) throws Exception {
        try (Connection connection = DriverManager.getConnection(test.location().jdbcUrl());
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select count(distinct idempotency_key) from audit_evaluation")) {
            row.next();
            return row.getLong(1);
        }
    }
}
