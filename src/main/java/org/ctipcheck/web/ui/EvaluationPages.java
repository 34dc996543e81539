package org.ctipcheck.web.ui;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.ctipcheck.check.RecordedEvaluations;
import org.ctipcheck.report.ReportFormat;
import org.ctipcheck.web.security.ServicePrincipal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * My evaluations, one evaluation's result page and its downloads. Each is read within the user's organization
 * scope: an implementer asking for another organization's evaluation gets the page-not-found answer (404), as for
 * one that does not exist.
 */
@Controller
class EvaluationPages {
    private static final Map<ReportFormat, MediaType> TYPES = Map.of(ReportFormat.PDF, MediaType.APPLICATION_PDF,
            ReportFormat.HTML, MediaType.TEXT_HTML, ReportFormat.CSV, MediaType.parseMediaType("text/csv"),
            ReportFormat.JSON, MediaType.APPLICATION_JSON, ReportFormat.OSCAL,
            MediaType.parseMediaType("application/oscal+json"), ReportFormat.TEXT, MediaType.TEXT_PLAIN);
    private final RecordedEvaluations recorded;
    private final ResultPage results;

    EvaluationPages(RecordedEvaluations recorded, ResultPage results) {
        this.recorded = recorded;
        this.results = results;
    }

    @GetMapping("/evaluations")
    String list(@AuthenticationPrincipal ServicePrincipal user, ListFilters filters, Model model) {
        model.addAttribute("filters", filters);
        model.addAttribute("labels", ResultPage.LABELS);
        model.addAttribute("page", recorded.list(filters.auditFilter(), user.organizationScope(), filters.pageIndex(),
                ListFilters.PAGE_SIZE));
        return "evaluations";
    }

    @GetMapping("/evaluations/{id}")
    String show(@AuthenticationPrincipal ServicePrincipal user, @PathVariable String id, Model model) {
        RecordedEvaluations.RecordedReport found = recorded.report(id, user.organizationScope())
                .orElseThrow(() -> new PageNotFound("There is no evaluation " + id + " that you may see."));
        return results.show(found.report(), found.record().evaluationId(), model);
    }

    @GetMapping("/evaluations/{id}/report/{format}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal ServicePrincipal user, @PathVariable String id,
            @PathVariable String format) {
        ReportFormat chosen;
        try {
            chosen = ReportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new PageNotFound("There is no report format " + format + ".");
        }
        RecordedEvaluations.RecordedReport found = recorded.report(id, user.organizationScope())
                .orElseThrow(() -> new PageNotFound("There is no evaluation " + id + " that you may see."));
        MediaType type = TYPES.get(chosen);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(chosen == ReportFormat.PDF ? type : new MediaType(type, StandardCharsets.UTF_8));
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename(chosen.fileName(found.record().evaluationId()), StandardCharsets.UTF_8).build());
        return ResponseEntity.ok().headers(headers).body(found.bytes(chosen));
    }

    static String lower(ReportFormat format) {
        return format.name().toLowerCase(Locale.ROOT);
    }
}
