package org.ctipcheck.web.ui;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.ctipcheck.web.security.ServicePrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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
    private final ResultPage results;

    CheckPage(WebChecks checks, ResultPage results) {
        this.checks = checks;
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
        if (result == null) {
            result = checks.submit(submission, attestation, date(asOf), user);
        }
        if (!result.problems().isEmpty()) {
            model.addAttribute("problems", result.problems());
            model.addAttribute("fileName", submission == null ? null : submission.getOriginalFilename());
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
