package org.ctipcheck.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ctipcheck.audit.TestStore.Backend;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Schema version 7: each record's organization UEI in an indexed column, written with the record and filled in
 * for records written before it, so that an implementer's listing is filtered and paged in SQL (H2 and PostgreSQL).
 */
class OrganizationListingTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aListingScopedToOneOrganizationIsPagedByTheDatabase(Backend backend) {
        try (TestStore test = TestStore.create(backend, folder); AuditStore store = test.open()) {
            List<AuditStamp> stamps = Entries.writeSamples(store, Entries.samples().size() * 2 + 1);

            Map<String, List<Long>> expected = expectedByUei(stamps);
            assertThat(expected).hasSizeGreaterThan(10);
            for (Map.Entry<String, List<Long>> organization : expected.entrySet()) {
                // asked in lower case with spaces, as a users file might spell it
                String asked = " " + organization.getKey().toLowerCase(Locale.ROOT) + " ";
                assertThat(pagedSequences(store.queries(), asked, 2)).as(organization.getKey())
                        .isEqualTo(organization.getValue());
                assertThat(store.queries().count(AuditFilter.ALL, asked)).isEqualTo(organization.getValue().size());
            }
            assertThat(store.queries().count(AuditFilter.ALL, "NOSUCHUEI000")).isZero();
            List<AuditSummary> all = store.queries().page(AuditFilter.ALL, null, 0, 1000);
            assertThat(all).hasSize(stamps.size());
            for (AuditSummary summary : all) {
                assertThat(summary.findingCount()).as("findings of #" + summary.sequence())
                        .isEqualTo(store.queries().find(summary.evaluationId()).orElseThrow().findings().size());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void recordsWrittenBeforeVersionSevenGetTheirUeiFromTheStoredSubmission(Backend backend) throws Exception {
        try (TestStore test = TestStore.create(backend, folder)) {
            List<AuditStamp> stamps;
            try (AuditStore store = test.open()) {
                stamps = Entries.writeSamples(store, Entries.samples().size());
            }
            // back to schema 6: no column, no index, no history row for version 7 (nor version 8's tables)
            test.tamper("drop index " + (backend == Backend.POSTGRES ? test.location().schema() + "." : "")
                    + "audit_evaluation_org_uei", "alter table audit_evaluation drop column organization_uei",
                    "drop table webhook_attempt", "drop table webhook_delivery", "drop table service_job",
                    "delete from \"audit_schema_history\" where \"version\" in ('7', '8')");

            try (AuditStore store = test.open()) {
                assertThat(store.verify(null).intact()).isTrue();
                Map<String, List<Long>> expected = expectedByUei(stamps);
                for (Map.Entry<String, List<Long>> organization : expected.entrySet()) {
                    assertThat(pagedSequences(store.queries(), organization.getKey(), 3)).as(organization.getKey())
                            .isEqualTo(organization.getValue());
                }
            }
            assertThat(nullUeis(test)).isZero();
        }
    }

    private static Map<String, List<Long>> expectedByUei(List<AuditStamp> stamps) {
        Map<String, List<Long>> expected = new LinkedHashMap<>();
        for (int i = 0; i < stamps.size(); i++) {
            String uei = OrganizationUei.of(Entries.sample(i).canonicalSubmission());
            if (uei != null) {
                expected.computeIfAbsent(uei, k -> new ArrayList<>()).add(stamps.get(i).sequence());
            }
        }
        return expected;
    }

    private static List<Long> pagedSequences(AuditQueries queries, String uei, int size) {
        List<Long> sequences = new ArrayList<>();
        for (long offset = 0; ; offset += size) {
            List<AuditSummary> page = queries.page(AuditFilter.ALL, uei, offset, size);
            page.forEach(summary -> sequences.add(summary.sequence()));
            if (page.size() < size) {
                return sequences;
            }
        }
    }

    private static long nullUeis(TestStore test) throws Exception {
        try (Connection connection = DriverManager.getConnection(test.location().jdbcUrl());
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select count(*) from audit_evaluation where organization_uei is null")) {
            row.next();
            return row.getLong(1);
        }
    }
}
