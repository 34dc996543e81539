package org.ctipcheck.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.ctipcheck.audit.AuditException;
import org.ctipcheck.audit.AuditStore;
import org.ctipcheck.check.ComplianceCheck;
import org.ctipcheck.check.IssuedReport;
import org.ctipcheck.report.ReportFormat;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ctip.audit.*}: off by default; on, in the host's DataSource (schema {@code ctip_audit} or the one named, with
 * its own Flyway history), in a database of its own ({@code db}), or in H2 in {@code dir}; the deployment's signing key.
 */
class CtipAuditPropertiesTest {
    @TempDir
    Path folder;

    private DataSource hostDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + folder.resolve("host").toAbsolutePath());
        return dataSource;
    }

    @Test
    void offByDefaultEvenWithADataSource() {
        Hosts.hostWithLoadedRules().withBean(DataSource.class, this::hostDatabase).run(context -> {
            assertThat(context.getBean(CtipAuditLog.class).enabled()).isFalse();
            assertThat(context.getBean(CtipAuditLog.class).describe()).isEqualTo("off");
            assertThat(context.getBean(ComplianceCheck.class).records()).isFalse();
            assertThat(tables(context.getBean(DataSource.class), "ctip_audit")).as("nothing created").isZero();
        });
    }

    @Test
    void onInTheHostsDataSourceInSchemaCtipAuditWithItsOwnFlywayHistory() {
        Path keys = folder.resolve("keys");
        Hosts.hostWithLoadedRules().withBean(DataSource.class, this::hostDatabase)
                .withPropertyValues("ctip.audit.enabled=true", "ctip.audit.dir=" + keys).run(context -> {
                    assertThat(context).hasNotFailed();
                    DataSource host = context.getBean(DataSource.class);
                    assertThat(tables(host, "ctip_audit")).as("tables in the audit log's own schema").isPositive();
                    assertThat(tableNames(host, "ctip_audit")).contains("audit_schema_history");
                    assertThat(tables(host, "PUBLIC")).as("nothing in the host's schema").isZero();
                    IssuedReport issued = Hosts.check(context.getBean(ComplianceCheck.class), Hosts.SAMPLE_01).issued().get(0);
                    assertThat(issued.recorded()).isTrue();
                    assertThat(context.getBean(CtipReportRenderers.class).render(issued, ReportFormat.JSON))
                            .as("the recorded bytes, whose hash the record holds").isSameAs(issued.rendered().get(ReportFormat.JSON));
                    assertThat(Files.exists(keys.resolve("audit.mv.db"))).as("no H2 file of its own").isFalse();
                    try (AuditStore store = context.getBean(CtipAuditLog.class).open()) {
                        assertThat(store.verify(null).intact()).isTrue();
                        assertThat(store.queries().find("1")).isPresent();
                    }
                });
    }

    @Test
    void aSchemaOfTheHostsChoice() {
        Hosts.hostWithLoadedRules().withBean(DataSource.class, this::hostDatabase).withPropertyValues(
                "ctip.audit.enabled=true", "ctip.audit.dir=" + folder.resolve("keys"), "ctip.audit.schema=compliance")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(tableNames(context.getBean(DataSource.class), "compliance")).contains("audit_schema_history");
                    assertThat(context.getBean(CtipAuditLog.class).describe()).endsWith(", schema compliance");
                });
    }

    @Test
    void aSchemaNameThatIsNoNameStopsTheStart() {
        Hosts.hostWithLoadedRules().withBean(DataSource.class, this::hostDatabase).withPropertyValues(
                "ctip.audit.enabled=true", "ctip.audit.dir=" + folder.resolve("keys"), "ctip.audit.schema=audit; drop")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().isInstanceOf(CtipSettingException.class)
                            .hasMessageStartingWith("ctip.audit.schema 'audit; drop' is not a schema name");
                    assertThat(new CtipFailureAnalyzer().analyze(context.getStartupFailure()).getDescription())
                            .startsWith("ctip-check setting: ctip.audit.schema");
                });
    }

    @Test
    void onWithoutADirectoryStopsTheStartNamingTheSetting() {
        Hosts.hostWithLoadedRules().withBean(DataSource.class, this::hostDatabase).withPropertyValues("ctip.audit.enabled=true")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().isInstanceOf(CtipSettingException.class)
                            .hasMessageStartingWith("ctip.audit.dir is not set");
                });
    }

    @Test
    void withoutADataSourceItRecordsInH2InTheDirectory() {
        Path dir = folder.resolve("audit");
        Hosts.hostWithLoadedRules().withPropertyValues("ctip.audit.enabled=true", "ctip.audit.dir=" + dir).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(CtipAuditLog.class).describe()).isEqualTo("H2 database in " + dir);
            assertThat(Hosts.check(context.getBean(ComplianceCheck.class), Hosts.SAMPLE_01).issued().get(0).recorded())
                    .isTrue();
            assertThat(dir.resolve("audit.mv.db")).exists();
        });
    }

    @Test
    void useDataSourceFalseKeepsTheLogOutOfTheHostsDatabase() {
        Path dir = folder.resolve("audit");
        Hosts.hostWithLoadedRules().withBean(DataSource.class, this::hostDatabase).withPropertyValues(
                "ctip.audit.enabled=true", "ctip.audit.dir=" + dir, "ctip.audit.use-data-source=false").run(context -> {
                    assertThat(context.getBean(CtipAuditLog.class).describe()).isEqualTo("H2 database in " + dir);
                    assertThat(tables(context.getBean(DataSource.class), "ctip_audit")).isZero();
                    assertThat(tables(context.getBean(DataSource.class), "PUBLIC")).isZero();
                });
    }

    @Test
    void aDatabaseOfItsOwnIsUsedRatherThanTheHostsDataSource() {
        String own = "jdbc:h2:file:" + folder.resolve("own").toAbsolutePath();
        Hosts.hostWithLoadedRules().withBean(DataSource.class, this::hostDatabase).withPropertyValues(
                "ctip.audit.enabled=true", "ctip.audit.dir=" + folder.resolve("keys"), "ctip.audit.db=" + own)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(Hosts.check(context.getBean(ComplianceCheck.class), Hosts.SAMPLE_01).issued().get(0)
                            .recorded()).isTrue();
                    assertThat(folder.resolve("own.mv.db")).exists();
                    assertThat(tables(context.getBean(DataSource.class), "ctip_audit")).isZero();
                });
    }

    @Test
    void aDatabaseThatCannotBeOpenedStopsTheStartSayingWhich() {
        Hosts.hostWithLoadedRules().withPropertyValues("ctip.audit.enabled=true", "ctip.audit.dir=" + folder,
                "ctip.audit.db=jdbc:postgresql://127.0.0.1:1/nowhere?user=ctip&password=secret").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(Hosts.causes(context.getStartupFailure())).hasAtLeastOneElementOfType(AuditException.class);
                    String description = new CtipFailureAnalyzer().analyze(context.getStartupFailure()).getDescription();
                    assertThat(description).startsWith("ctip-check could not open its audit log: ")
                            .contains("127.0.0.1:1").doesNotContain("secret");
                });
    }

    @Test
    void theDeploymentsSigningKeySignsAndNoKeyIsCreatedInTheDirectory() throws Exception {
        Path key = folder.resolve("deployment.pk8");
        Files.write(key, KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate().getEncoded());
        Path keys = folder.resolve("keys");
        Hosts.hostWithLoadedRules().withBean(DataSource.class, this::hostDatabase).withPropertyValues(
                "ctip.audit.enabled=true", "ctip.audit.dir=" + keys, "ctip.audit.signing-key=" + key).run(context -> {
                    assertThat(context).hasNotFailed();
                    Hosts.check(context.getBean(ComplianceCheck.class), Hosts.SAMPLE_01);
                    assertThat(context.getBean(CtipAuditLog.class).head()).isPresent();
                    assertThat(keys.resolve("checkpoint-key.pk8")).doesNotExist();
                });
    }

    @Test
    void aSigningKeyFileThatIsNoKeyStopsTheStart() throws Exception {
        Path key = Files.writeString(folder.resolve("not-a-key.pem"), "hello");
        Hosts.hostWithLoadedRules().withBean(DataSource.class, this::hostDatabase).withPropertyValues(
                "ctip.audit.enabled=true", "ctip.audit.dir=" + folder, "ctip.audit.signing-key=" + key).run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(new CtipFailureAnalyzer().analyze(context.getStartupFailure()).getDescription())
                            .startsWith("ctip-check could not open its audit log: ").contains("not-a-key.pem");
                });
    }

    static int tables(DataSource dataSource, String schema) throws Exception {
        return tableNames(dataSource, schema).size();
    }

    static java.util.List<String> tableNames(DataSource dataSource, String schema) throws Exception {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                names.add(rows.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}
