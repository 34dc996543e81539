package org.ctipcheck.web.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.ctipcheck.check.IssuedReport;
import org.ctipcheck.check.SubmissionInput;
import org.ctipcheck.report.ReportFormat;
import org.ctipcheck.supplychain.AttestationSource;
import org.ctipcheck.web.job.JobProperties;
import org.ctipcheck.web.job.JobResult;
import org.ctipcheck.web.job.JobView;
import org.ctipcheck.web.job.Jobs;
import org.ctipcheck.web.security.ServicePrincipal;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks with a supply-chain attestation run as the service's jobs ({@link Jobs}: the same jobs, limits, queue,
 * cancel and webhooks as the API's {@code Prefer: respond-async}), so the page shows the job's state, rows read,
 * rows per second and time left while it runs. The upload is copied to the jobs' spool folder first (the request's
 * own upload is gone when the request ends) and deleted when the job ends. A job is seen as the API shows it: an
 * implementer sees its own organization's only (another's is "page not found").
 */
@Service
class WebCheckJobs {
    private final Jobs jobs;
    private final WebChecks checks;
    private final JobProperties properties;

    WebCheckJobs(Jobs jobs, WebChecks checks, JobProperties properties) {
        this.jobs = jobs;
        this.checks = checks;
        this.properties = properties;
    }

    /** Queues the check; refused (429, 503: JobsRefused) when its owner or the service has as many as it may. */
    JobView start(MultipartFile submission, MultipartFile attestation, LocalDate asOf, ServicePrincipal user)
            throws IOException {
        SubmissionInput input = WebChecks.upload(submission);
        Path copy = spool(attestation);
        try {
            AttestationSource source = new AttestationSource(WebChecks.fileName(attestation, "attestation.csv"),
                    () -> Files.newInputStream(copy), Files.size(copy));
            return jobs.submit(user.getUsername(), user.organizationScope(), source.size(),
                    progress -> result(checks.issue(input, source, asOf, user, progress)), () -> delete(copy));
        } catch (RuntimeException e) {
            delete(copy);
            throw e;
        }
    }

    /** The job as this user may see it (the API's rule: an implementer, its organization's only). */
    Optional<JobView> find(String id, ServicePrincipal user) {
        return jobs.find(id, user.organizationScope());
    }

    /** Cancels it (a queued job at once, a running one at its screen's next chunk; nothing recorded). */
    Optional<JobView> cancel(String id, ServicePrincipal user) {
        return jobs.cancel(id, user.organizationScope());
    }

    private static JobResult result(IssuedReport issued) {
        String determination = issued.report().result().determination().name();
        return issued.recorded() ? new JobResult(issued.report().audit().evaluationId(), determination, null)
                : new JobResult(null, determination, issued.bytes(ReportFormat.JSON));
    }

    private Path spool(MultipartFile attestation) throws IOException {
        Path folder = properties.spoolDir() != null ? Files.createDirectories(properties.spoolDir()) : null;
        Path copy = folder == null ? Files.createTempFile("ctip-web-attestation", ".upload")
                : Files.createTempFile(folder, "ctip-web-attestation", ".upload");
        attestation.transferTo(copy);
        return copy;
    }

    /** A copy that cannot be deleted is left behind (a temporary file), never a failed job. */
    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
