package org.ctipcheck.web.ui;

import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.ctipcheck.check.CheckOptions;
import org.ctipcheck.check.CheckOutcome;
import org.ctipcheck.check.CheckRequest;
import org.ctipcheck.check.CheckedSubmission;
import org.ctipcheck.check.ComplianceCheck;
import org.ctipcheck.check.IssuedReport;
import org.ctipcheck.check.SubmissionInput;
import org.ctipcheck.intake.SubmissionProblem;
import org.ctipcheck.report.ReportFormat;
import org.ctipcheck.supplychain.AttestationSource;
import org.ctipcheck.supplychain.Progress;
import org.ctipcheck.web.CtipProperties;
import org.ctipcheck.web.problem.InvalidSubmissionException;
import org.ctipcheck.web.problem.RuleFailed;
import org.ctipcheck.web.security.ServicePrincipal;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * A check submitted from the web page, through the application API as the REST channel does it: recorded as the
 * signed-in user in their role, an implementer limited to its own organization, the JSON report kept in the record
 * so the result page and every download are rendered from what was recorded.
 */
@Service
class WebChecks {
    private final ComplianceCheck check;
    private final CtipProperties properties;

    WebChecks(ComplianceCheck check, CtipProperties properties) {
        this.check = check;
        this.properties = properties;
    }

    /** What the check page gets back: a report, or the problems to show next to the form. */
    record Result(IssuedReport issued, List<String> problems, List<SubmissionProblem> located) {
        static Result refused(String... problems) {
            return new Result(null, List.of(problems), List.of());
        }
    }

    Result submit(MultipartFile submission, LocalDate asOf, ServicePrincipal user) throws IOException {
        return submit(upload(submission), null, asOf, user);
    }

    static SubmissionInput upload(MultipartFile submission) throws IOException {
        return SubmissionInput.bytes(fileName(submission, "submission.yaml"), submission.getBytes());
    }

    Result submit(SubmissionInput submission, AttestationSource attestation, LocalDate asOf, ServicePrincipal user) {
        return submit(submission, attestation, asOf, user, null);
    }

    /** {@code progress} is told how far the supply-chain screen has got (null: not told). */
    Result submit(SubmissionInput submission, AttestationSource attestation, LocalDate asOf, ServicePrincipal user,
            Progress progress) {
        try {
            return new Result(issue(submission, attestation, asOf, user, progress), List.of(), List.of());
        } catch (InvalidSubmissionException refused) {
            return new Result(null, refused.problems().stream().map(SubmissionProblem::describe).toList(),
                    refused.problems());
        } catch (RuleFailed failed) {
            return Result.refused("not evaluated: " + failed.getMessage() + "; no report was issued or recorded");
        }
    }

    /**
     * The check itself, for a background job: a refused submission or a failed rule is thrown, as the job system
     * records it (the job FAILED with the problems, nothing recorded).
     */
    IssuedReport issue(SubmissionInput submission, AttestationSource attestation, LocalDate asOf, ServicePrincipal user,
            Progress progress) {
        CheckOptions options = CheckOptions.defaults().withFormats(EnumSet.of(ReportFormat.JSON))
                .withActor(user.getUsername(), user.auditRole()).withOrganizationScope(user.organizationScope())
                .withMaxSubmissionBytes(properties.limits().maxSubmissionSize().toBytes()).withKeptReport()
                .withEvaluationDate(asOf);
        CheckOutcome outcome = check.check(new CheckRequest(List.of(submission), attestation, options, null, progress));
        for (CheckedSubmission.Refused refused : outcome.refused()) {
            throw new InvalidSubmissionException(submission.name(), refused.problems());
        }
        for (CheckedSubmission.RuleFailed failed : outcome.ruleFailures()) {
            throw new RuleFailed(failed.ruleId(), failed.message());
        }
        return outcome.issued().get(0);
    }

    long maxSubmissionBytes() {
        return properties.limits().maxSubmissionSize().toBytes();
    }

    long maxAttestationBytes() {
        return properties.limits().maxAttestationSize().toBytes();
    }

    static String fileName(MultipartFile part, String fallback) {
        String name = part.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return fallback;
        }
        name = name.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.isEmpty() ? fallback : name;
    }
}
