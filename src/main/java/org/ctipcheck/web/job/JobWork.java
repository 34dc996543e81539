package org.ctipcheck.web.job;

import org.ctipcheck.supplychain.Progress;

/** The evaluation a job runs, told to report its screen's progress to {@code progress} (which may stop it). */
@FunctionalInterface
public interface JobWork {
    JobResult run(Progress progress);
}
