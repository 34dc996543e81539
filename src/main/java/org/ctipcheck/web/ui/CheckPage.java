package org.ctipcheck.web.ui;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.ctipcheck.report.JsonReportReader;
import org.ctipcheck.web.job.JobState;
import org.ctipcheck.web.job.JobView;
import org.ctipcheck.web.security.ServicePrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * New check: upload a submission (YAML or JSON) and, optionally, a supply-chain attestation file (CSV or JSON
 * Lines). A valid submission is evaluated and recorded, and the browser goes to its result page; an invalid one
 * comes back to the form with every problem, each naming the field (JSON Pointer) and line.
 */
@Controller
class CheckPage {
    private final WebChecks checks;
    private final WebCheckJobs jobs;
    private final ResultPage results;

    CheckPage(WebChecks checks, WebCheckJobs jobs, ResultPage results) {
        this.checks = checks;
        this.jobs = jobs;
        this.results = results;
    }

    @GetMapping("/check")
    String form() {
        return "check";
    }

    @PostMapping("/check")
    String submit(@AuthenticationPrincipal ServicePrincipal user, @RequestParam(required = false) MultipartFile submission,
            @RequestParam(required = false) MultipartFile attestation, @RequestParam(required = false) String asOf,
            Model model) throws IOException {
        model.addAttribute("asOf", asOf);
        WebChecks.Result result = problemsBeforeCheck(submission, attestation, asOf);
        if (result == null && attestation != null && !attestation.isEmpty()) {
            // A screen can take a while: run it in the background and show its progress.
            return "redirect:/check/jobs/" + jobs.start(submission, attestation, date(asOf), user).id();
        }
        if (result == null) {
            result = checks.submit(submission, date(asOf), user);
        }
        return outcome(result, submission == null ? null : submission.getOriginalFilename(), model);
    }

    /** A background check (a job): its progress while it runs; its result page, the problems or "cancelled" when it ended. */
    @GetMapping("/check/jobs/{id}")
    String job(@AuthenticationPrincipal ServicePrincipal user, @PathVariable String id, Model model) {
        JobView job = jobs.find(id, user).orElseThrow(() -> noSuchJob(id));
        if (job.state() == JobState.SUCCEEDED && job.result() != null) {
            // the job resource links the API's evaluation; its last segment is the evaluation's id
            return "redirect:/evaluations/" + job.result().substring(job.result().lastIndexOf('/') + 1);
        }
        if (job.state() == JobState.SUCCEEDED) { // a service that does not record: the report is in the job
            return results.show(new JsonReportReader().read("job " + id, job.report().toString()
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)), null, model);
        }
        if (job.state() == JobState.FAILED) {
            model.addAttribute("problems", JobProblems.of(job.error()));
            return "check";
        }
        model.addAttribute("job", JobProgress.of(job));
        return "checking";
    }

    /** What htmx polls every second: the progress, or (when the job ended) a redirect to the job's page. */
    @GetMapping("/check/jobs/{id}/progress")
    String progress(@AuthenticationPrincipal ServicePrincipal user, @PathVariable String id, Model model,
            HttpServletResponse response) {
        JobView job = jobs.find(id, user).orElseThrow(() -> noSuchJob(id));
        if (job.state().ended()) {
            response.setHeader("HX-Redirect", "/check/jobs/" + id);
        }
        model.addAttribute("job", JobProgress.of(job));
        return "checking :: progress";
    }

    /** Cancel from the page (the API's DELETE /api/v1/jobs/{id}): nothing of the check is recorded. */
    @PostMapping("/check/jobs/{id}/cancel")
    String cancel(@AuthenticationPrincipal ServicePrincipal user, @PathVariable String id) {
        jobs.cancel(id, user).orElseThrow(() -> noSuchJob(id));
        return "redirect:/check/jobs/" + id;
    }

    private static PageNotFound noSuchJob(String id) {
        return new PageNotFound("There is no check " + id + " that you may see.");
    }

    private String outcome(WebChecks.Result result, String fileName, Model model) {
        if (!result.problems().isEmpty()) {
            model.addAttribute("problems", result.problems());
            model.addAttribute("fileName", fileName);
            return "check";
        }
        if (result.issued().recorded()) {
            return "redirect:/evaluations/" + result.issued().report().audit().evaluationId();
        }
        return results.show(result.issued().report(), null, model);
    }

    private WebChecks.Result problemsBeforeCheck(MultipartFile submission, MultipartFile attestation, String asOf) {
        if (submission == null || submission.isEmpty()) {
            return WebChecks.Result.refused("Submission file: choose a YAML or JSON submission to check");
        }
        if (submission.getSize() > checks.maxSubmissionBytes()) {
            return WebChecks.Result.refused("Submission file: " + submission.getSize() + " bytes, over the limit of "
                    + checks.maxSubmissionBytes() + " bytes");
        }
        if (attestation != null && attestation.getSize() > checks.maxAttestationBytes()) {
            return WebChecks.Result.refused("Attestation file: " + attestation.getSize() + " bytes, over the limit of "
                    + checks.maxAttestationBytes() + " bytes");
        }
        if (asOf != null && !asOf.isBlank()) {
            try {
                LocalDate.parse(asOf.strip());
            } catch (DateTimeParseException e) {
                return WebChecks.Result.refused("Evaluate as of: '" + asOf + "' is not a date written yyyy-mm-dd");
            }
        }
        return null;
    }

    private static LocalDate date(String asOf) {
        return asOf == null || asOf.isBlank() ? null : LocalDate.parse(asOf.strip());
    }
}
