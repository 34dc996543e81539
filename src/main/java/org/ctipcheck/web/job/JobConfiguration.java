package org.ctipcheck.web.job;

import java.net.URI;
import org.ctipcheck.web.problem.Problems;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The jobs' settings (ctip.jobs.*), and how a refused job is answered. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobProperties.class)
class JobConfiguration {
    static final URI JOBS_BUSY = URI.create(Problems.TYPE_PREFIX + "jobs-busy");

    /**
     * 429 (the owner's limit) or 503 (queue full, stopping), problem+json with Retry-After in seconds. Right after
     * the web pages' own advice, which answers the pages' refused checks with a page.
     */
    @RestControllerAdvice
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    static class RefusedAdvice {
        @ExceptionHandler(JobsRefused.class)
        ResponseEntity<Object> refused(JobsRefused e) {
            HttpStatus status = HttpStatus.valueOf(e.status());
            ProblemDetail problem = Problems.of(status, JOBS_BUSY, status == HttpStatus.TOO_MANY_REQUESTS
                    ? "Too many jobs" : "Jobs unavailable", e.getMessage());
            long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
            problem.setProperty("retryAfterSeconds", seconds);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).body(Problems.body(problem));
        }
    }
}
