package org.ctipcheck.web.evaluation;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import jakarta.servlet.http.HttpServletRequest;
import org.ctipcheck.audit.AuditFilter;
import org.ctipcheck.check.IssuedReport;
import org.ctipcheck.check.RecordedEvaluations;
import org.ctipcheck.report.ReportFormat;
import org.ctipcheck.web.CtipProperties;
import org.ctipcheck.web.problem.BadParameter;
import org.ctipcheck.web.problem.NotFound;
import org.ctipcheck.web.security.ServicePrincipal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/evaluations}: submit a submission for evaluation (recorded before the report is returned), list the
 * recorded evaluations, show one, and its report in any format. An implementer sees only its organization's
 * evaluations: another organization's answers 404, as one that does not exist.
 */
@io.swagger.v3.oas.annotations.tags.Tag(name = "Evaluations", description = "Submit submissions for evaluation; read recorded evaluations and their reports")
@RestController
@RequestMapping("/api/v1/evaluations")
class EvaluationController {
    private static final int MAX_PAGE_SIZE = 100;
    private final EvaluationSubmissions submissions;
    private final RecordedEvaluations recorded;
    private final CtipProperties properties;
    private final EvaluationJobs jobs;

    EvaluationController(EvaluationSubmissions submissions, RecordedEvaluations recorded, CtipProperties properties,
            EvaluationJobs jobs) {
        this.submissions = submissions;
        this.recorded = recorded;
        this.properties = properties;
        this.jobs = jobs;
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "submitEvaluation", summary = "Evaluate a submission (JSON, YAML or an upload with an attestation) and record it")
    @PostMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, "application/yaml", "application/x-yaml", "text/yaml"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> submitBody(HttpServletRequest request, @AuthenticationPrincipal ServicePrincipal user,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String notifyWithin,
            @RequestParam(required = false) String failOn,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestHeader(name = "Prefer", required = false) String prefer) throws IOException {
        EvaluationParameters parameters = new EvaluationParameters(asOf, notifyWithin, failOn, idempotencyKey);
        parameters.severity(); // a bad parameter is refused before the body is read
        var submission = SubmissionIntake.body(request.getInputStream(), MediaType.parseMediaType(request.getContentType()),
                properties.limits().maxSubmissionSize().toBytes());
        if (jobs.runsAsJob(null, prefer)) {
            parameters.applyTo(org.ctipcheck.check.CheckOptions.defaults(), user.getUsername()); // bad values: 400 now
            return accepted(jobs.submit(submission, null, null, parameters, user));
        }
        return created(submissions.submit(submission, null, parameters, user), parameters);
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "submitEvaluation", summary = "Evaluate a submission (JSON, YAML or an upload with an attestation) and record it")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> submitUpload(@AuthenticationPrincipal ServicePrincipal user,
            @RequestPart("submission") MultipartFile submission,
            @RequestPart(name = "attestation", required = false) MultipartFile attestation,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String notifyWithin,
            @RequestParam(required = false) String failOn,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestHeader(name = "Prefer", required = false) String prefer) throws IOException {
        EvaluationParameters parameters = new EvaluationParameters(asOf, notifyWithin, failOn, idempotencyKey);
        parameters.severity();
        var input = SubmissionIntake.part(submission, properties.limits().maxSubmissionSize().toBytes());
        var screened = attestation == null ? null
                : SubmissionIntake.attestation(attestation, properties.limits().maxAttestationSize().toBytes());
        if (jobs.runsAsJob(attestation, prefer)) {
            parameters.applyTo(org.ctipcheck.check.CheckOptions.defaults(), user.getUsername()); // bad values: 400 now
            return accepted(jobs.submit(input, attestation, screened, parameters, user));
        }
        return created(submissions.submit(input, screened, parameters, user), parameters);
    }

    /** 202: the evaluation runs as a job; Location is the job to poll (its {@code result} links the evaluation). */
    private static ResponseEntity<org.ctipcheck.web.job.JobView> accepted(org.ctipcheck.web.job.JobView job) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setLocation(URI.create(job.links().get("self")));
        headers.set("Preference-Applied", "respond-async");
        return new ResponseEntity<>(job, headers, HttpStatus.ACCEPTED);
    }

    /**
     * 201 with the report as recorded and its Location; 200 when the idempotency key was recorded before (the first
     * evaluation's report, nothing new recorded); 200 without Location when the service does not record.
     */
    private static ResponseEntity<byte[]> created(IssuedReport issued, EvaluationParameters parameters) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Ctip-Determination", issued.report().result().determination().name());
        headers.set("Ctip-Fails", Boolean.toString(issued.hasFindingAtLeast(parameters.severity())));
        HttpStatus status = HttpStatus.OK;
        if (issued.recorded()) {
            URI location = URI.create(EvaluationView.self(issued.report().audit().evaluationId()));
            headers.setLocation(location);
            status = issued.firstRecorded() ? HttpStatus.OK : HttpStatus.CREATED;
            headers.set("Idempotent-Replayed", Boolean.toString(issued.firstRecorded()));
        }
        return new ResponseEntity<>(issued.bytes(ReportFormat.JSON), headers, status);
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "listEvaluations", summary = "List recorded evaluations, filtered and paged")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    EvaluationView.PageView list(@AuthenticationPrincipal ServicePrincipal user,
            @RequestParam(required = false) String organization, @RequestParam(required = false) String rule,
            @RequestParam(required = false) String since, @RequestParam(required = false) String until,
            @RequestParam(required = false) String determination, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (page < 0) {
            throw new BadParameter("page", "page counts from 0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadParameter("size", "size is 1 to " + MAX_PAGE_SIZE);
        }
        AuditFilter filter = ListFilter.of(organization, rule, since, until, determination);
        return EvaluationView.PageView.of(recorded.list(filter, user.organizationScope(), page, size));
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "showEvaluation", summary = "Show one recorded evaluation")
    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    EvaluationView.Detail show(@AuthenticationPrincipal ServicePrincipal user, @PathVariable String id) {
        return recorded.find(id, user.organizationScope()).map(EvaluationView.Detail::of)
                .orElseThrow(() -> notFound(id));
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "getEvaluationReport", summary = "The evaluation's report in a format chosen by format= or Accept")
    @GetMapping("/{id}/report")
    ResponseEntity<byte[]> report(@AuthenticationPrincipal ServicePrincipal user, @PathVariable String id,
            @RequestParam(required = false) String format, @RequestHeader(name = HttpHeaders.ACCEPT, required = false)
            String accept) throws HttpMediaTypeNotAcceptableException {
        ReportFormat chosen = ReportRepresentation.choose(format, accept);
        RecordedEvaluations.RecordedReport found = recorded.report(id, user.organizationScope())
                .orElseThrow(() -> notFound(id));
        byte[] bytes = found.bytes(chosen);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(ReportRepresentation.mediaType(chosen));
        headers.setContentDisposition(org.springframework.http.ContentDisposition.inline()
                .filename(chosen.fileName(found.record().evaluationId()), StandardCharsets.UTF_8).build());
        return new ResponseEntity<>(bytes, headers, HttpStatus.OK);
    }

    private static NotFound notFound(String id) {
        return new NotFound("no evaluation " + id);
    }
}
