package org.ctipcheck.web.job;

/** A job ended (SUCCEEDED, FAILED or CANCELLED): the application event the webhooks announce. */
public record JobEnded(JobView job) {
}
