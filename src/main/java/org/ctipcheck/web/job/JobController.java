package org.ctipcheck.web.job;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import org.ctipcheck.web.problem.NotFound;
import org.ctipcheck.web.problem.Problems;
import org.ctipcheck.web.security.ServicePrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/jobs/{id}}: a large supply-chain evaluation running in the background (submitted with
 * {@code POST /api/v1/evaluations}, answered 202 with this resource): poll it, or cancel it. An implementer sees
 * only its organization's jobs; another organization's answers 404, as one that does not exist.
 */
@RestController
@RequestMapping("/api/v1/jobs")
@Tag(name = "jobs", description = "Large supply-chain evaluations running in the background")
class JobController {
    private final Jobs jobs;

    JobController(Jobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A job: its state, rows read, rows per second, ETA; the evaluation when it succeeded")
    @ApiResponse(responseCode = "200", description = "the job")
    @ApiResponse(responseCode = "404", description = "no such job (or another organization's)")
    JobView show(@AuthenticationPrincipal ServicePrincipal user, @PathVariable String id) {
        return jobs.find(id, user.organizationScope()).orElseThrow(() -> notFound(id));
    }

    @DeleteMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Cancel a job: a queued one at once, a running one at its screen's next chunk; nothing recorded")
    @ApiResponse(responseCode = "200", description = "the job, cancelled (or cancelled before)")
    @ApiResponse(responseCode = "202", description = "the job, stopping: poll it until its state is CANCELLED")
    @ApiResponse(responseCode = "404", description = "no such job (or another organization's)")
    @ApiResponse(responseCode = "409", description = "the job has ended (SUCCEEDED or FAILED): nothing to cancel")
    ResponseEntity<Object> cancel(@AuthenticationPrincipal ServicePrincipal user, @PathVariable String id) {
        Optional<JobView> before = jobs.find(id, user.organizationScope());
        if (before.isEmpty()) {
            throw notFound(id);
        }
        if (before.get().state() == JobState.SUCCEEDED || before.get().state() == JobState.FAILED) {
            return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Problems.body(Problems.of(HttpStatus.CONFLICT, "job " + id + " has ended ("
                            + before.get().state() + "); there is nothing to cancel")));
        }
        JobView after = jobs.cancel(id, user.organizationScope()).orElseThrow(() -> notFound(id));
        return ResponseEntity.status(after.state().ended() ? HttpStatus.OK : HttpStatus.ACCEPTED).body(after);
    }

    private static NotFound notFound(String id) {
        return new NotFound("no job " + id);
    }
}
