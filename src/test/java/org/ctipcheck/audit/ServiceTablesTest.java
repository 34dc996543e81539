package org.ctipcheck.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The service's tables beside the log (migration V8), on H2 and PostgreSQL: a job's row replaced as it moves on,
 * unfinished jobs failed at start-up; a webhook delivery with its attempts, listed newest first, rescheduled.
 */
class ServiceTablesTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(TestStore.Backend.class)
    void jobsAreSavedReplacedAndUnfinishedOnesFailed(TestStore.Backend backend) {
        try (TestStore test = TestStore.create(backend, folder); AuditStore store = test.open()) {
            ServiceJobTable jobs = store.serviceJobs();
            jobs.save(new ServiceJobTable.Row("job-1", "officer", null, "QUEUED", "2026-12-03T10:00:00Z", null, null, 0,
                    500, null, null));
            jobs.save(new ServiceJobTable.Row("job-1", "officer", null, "RUNNING", "2026-12-03T10:00:00Z",
                    "2026-12-03T10:00:01Z", null, 40, 500, null, null));
            jobs.save(new ServiceJobTable.Row("job-2", "meridian", "MGB4QATAR021", "SUCCEEDED", "2026-12-03T10:00:00Z",
                    "2026-12-03T10:00:01Z", "2026-12-03T10:00:02Z", 9, 90, "eval-2", null));

            assertThat(jobs.failUnfinished("2026-12-03T11:00:00Z", "{\"status\":503}")).isEqualTo(1);

            ServiceJobTable.Row failed = jobs.find("job-1").orElseThrow();
            assertThat(failed.state()).isEqualTo("FAILED");
            assertThat(failed.rowsRead()).isEqualTo(40);
            assertThat(failed.finishedAt()).isEqualTo("2026-12-03T11:00:00Z");
            assertThat(failed.errorProblem()).isEqualTo("{\"status\":503}");
            assertThat(jobs.find("job-2").orElseThrow().evaluationId()).isEqualTo("eval-2");
            assertThat(jobs.find("job-3")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestStore.Backend.class)
    void deliveriesKeepTheirAttempts(TestStore.Backend backend) {
        try (TestStore test = TestStore.create(backend, folder); AuditStore store = test.open()) {
            WebhookDeliveryTable log = store.webhookDeliveries();
            log.insert(new WebhookDeliveryTable.Delivery("d-1", "msg_1", "http://127.0.0.1:9/h", "job.succeeded", "{}",
                    "PENDING", 0, null, null, "2026-12-03T10:00:00Z", "2026-12-03T10:00:00Z"));
            log.insert(new WebhookDeliveryTable.Delivery("d-2", "msg_2", "http://127.0.0.1:9/h", "job.failed", "{}",
                    "PENDING", 0, null, null, "2026-12-03T10:00:05Z", "2026-12-03T10:00:05Z"));

            log.attempted("d-1", new WebhookDeliveryTable.Attempt(1, "2026-12-03T10:00:00Z", 500, "the receiver answered 500",
                    12), "PENDING", "2026-12-03T10:00:05Z");
            log.attempted("d-1", new WebhookDeliveryTable.Attempt(2, "2026-12-03T10:00:05Z", null, "no answer", 2000),
                    "FAILED", null);
            log.reschedule("d-2", "2026-12-03T10:01:00Z");

            WebhookDeliveryTable.Delivery first = log.find("d-1").orElseThrow();
            assertThat(first.status()).isEqualTo("FAILED");
            assertThat(first.attempts()).isEqualTo(2);
            assertThat(first.lastResponseCode()).isNull();
            assertThat(log.attempts("d-1")).extracting(WebhookDeliveryTable.Attempt::responseCode)
                    .containsExactly(500, null);
            assertThat(log.list(10, 0)).extracting(WebhookDeliveryTable.Delivery::deliveryId).containsExactly("d-2", "d-1");
            assertThat(log.list(1, 1)).extracting(WebhookDeliveryTable.Delivery::deliveryId).isEqualTo(List.of("d-1"));
            assertThat(log.pending()).extracting(WebhookDeliveryTable.Delivery::nextAttemptAt)
                    .containsExactly("2026-12-03T10:01:00Z");
            assertThat(log.count()).isEqualTo(2);
        }
    }
}
