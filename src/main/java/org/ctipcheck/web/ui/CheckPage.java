package org.ctipcheck.web.ui;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
            return "redirect:/check/jobs/" + jobs.start(submission, attestation, date(asOf), user);
        }
        if (result == null) {
            result = checks.submit(submission, date(asOf), user);
        }
        return outcome(result, submission == null ? null : submission.getOriginalFilename(), model);
    }

    /** A background check: its progress while it runs; its result page (or the problems) when done. */
    @GetMapping("/check/jobs/{id}")
    String job(@AuthenticationPrincipal ServicePrincipal user, @PathVariable String id, Model model) throws Exception {
        WebCheckJobs.Job job = jobs.find(id, user).orElseThrow(() -> new PageNotFound("There is no check " + id + " of yours."));
        if (!job.done()) {
            model.addAttribute("job", job);
            model.addAttribute("jobId", id);
            return "checking";
        }
        try {
            return outcome(job.result.get(), null, model);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }

    /** What htmx polls every second: the progress, or (when done) a redirect to the job's page. */
    @GetMapping("/check/jobs/{id}/progress")
    String progress(@AuthenticationPrincipal ServicePrincipal user, @PathVariable String id, Model model,
            HttpServletResponse response) {
        WebCheckJobs.Job job = jobs.find(id, user).orElseThrow(() -> new PageNotFound("There is no check " + id + " of yours."));
        if (job.done()) {
            response.setHeader("HX-Redirect", "/check/jobs/" + id);
        }
        model.addAttribute("job", job);
        model.addAttribute("jobId", id);
        return "checking :: progress";
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
