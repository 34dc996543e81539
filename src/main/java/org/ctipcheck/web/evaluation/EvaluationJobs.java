package org.ctipcheck.web.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ctipcheck.check.IssuedReport;
import org.ctipcheck.check.SubmissionInput;
import org.ctipcheck.report.ReportFormat;
import org.ctipcheck.supplychain.AttestationSource;
import org.ctipcheck.web.job.JobProperties;
import org.ctipcheck.web.job.JobResult;
import org.ctipcheck.web.job.JobView;
import org.ctipcheck.web.job.Jobs;
import org.ctipcheck.web.security.ServicePrincipal;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Large supply chains as background jobs: an attestation part over ctip.jobs.threshold-size, or with more data rows
 * than ctip.jobs.threshold-rows, or any request with {@code Prefer: respond-async} (RFC 7240), is evaluated by a
 * job. The part is copied to the spool folder first (the upload is gone when the request ends) and deleted when the
 * job ends.
 */
@Component
class EvaluationJobs {
    private final Jobs jobs;
    private final JobProperties properties;
    private final EvaluationSubmissions submissions;
    private Path spoolFolder;

    EvaluationJobs(Jobs jobs, JobProperties properties, EvaluationSubmissions submissions) {
        this.jobs = jobs;
        this.properties = properties;
        this.submissions = submissions;
    }

    /** Whether this upload is evaluated by a job. */
    boolean runsAsJob(MultipartFile attestation, String prefer) throws IOException {
        if (prefer != null && prefer.toLowerCase(java.util.Locale.ROOT).contains("respond-async")) {
            return true;
        }
        if (attestation == null) {
            return false;
        }
        if (attestation.getSize() > properties.thresholdSize().toBytes()) {
            return true;
        }
        try (InputStream bytes = attestation.getInputStream()) {
            return dataRows(bytes) > properties.thresholdRows();
        }
    }

    /** Lines that are not blank, less the CSV header line (a JSON Lines file has none: the one line more is noise). */
    private static long dataRows(InputStream bytes) throws IOException {
        long lines = 0;
        boolean content = false;
        byte[] buffer = new byte[1 << 16];
        for (int read = bytes.read(buffer); read >= 0; read = bytes.read(buffer)) {
            for (int i = 0; i < read; i++) {
                if (buffer[i] == '\n') {
                    lines += content ? 1 : 0;
                    content = false;
                } else if (buffer[i] != '\r' && buffer[i] != ' ') {
                    content = true;
                }
            }
        }
        return Math.max(0, lines + (content ? 1 : 0) - 1);
    }

    JobView submit(SubmissionInput submission, MultipartFile attestation, AttestationSource screened,
            EvaluationParameters parameters, ServicePrincipal user) throws IOException {
        Path spooled = attestation == null ? null : spool(attestation);
        AttestationSource source = spooled == null ? null
                : new AttestationSource(screened.name(), () -> Files.newInputStream(spooled), screened.size());
        try {
            return jobs.submit(user.getUsername(), user.organizationScope(), source == null ? 0 : source.size(),
                    progress -> result(submissions.submit(submission, source, parameters, user, progress)),
                    () -> delete(spooled));
        } catch (RuntimeException e) {
            delete(spooled);
            throw e;
        }
    }

    private static JobResult result(IssuedReport issued) {
        String determination = issued.report().result().determination().name();
        return issued.recorded() ? new JobResult(issued.report().audit().evaluationId(), determination, null)
                : new JobResult(null, determination, issued.bytes(ReportFormat.JSON));
    }

    private Path spool(MultipartFile attestation) throws IOException {
        Path folder = spoolFolder();
        Path file = Files.createTempFile(folder, "attestation-", ".upload");
        try (InputStream in = attestation.getInputStream()) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    private synchronized Path spoolFolder() throws IOException {
        if (spoolFolder == null) {
            spoolFolder = properties.spoolDir() != null ? Files.createDirectories(properties.spoolDir())
                    : Files.createTempDirectory("ctip-jobs");
        }
        return spoolFolder;
    }

    /** Deletes a spooled file; one that cannot be deleted is left behind (a temporary file), never a failed job. */
    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
