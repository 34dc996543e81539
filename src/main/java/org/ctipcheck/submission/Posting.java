package org.ctipcheck.submission;

import java.time.LocalDate;

/**
 * FAR 52.222-50(h)(4)(i): relevant plan contents posted at the workplace (unless there is no fixed
 * workplace) and on the website (if any) no later than the start of performance; where posting is
 * impracticable, given to each worker in writing.
 */
public record Posting(
        String pointer,
        Boolean noFixedWorkplace,
        LocalDate workplacePostedOn,
        Boolean hasWebsite,
        String websiteUrl,
        LocalDate websitePostedOn,
        Boolean postingImpracticable,
        LocalDate writtenToEachWorkerOn,
        String text,
        SourceReference source) implements DocumentedFact {

    public boolean workplacePostingRequired() {
        return !Boolean.TRUE.equals(noFixedWorkplace) && !Boolean.TRUE.equals(postingImpracticable);
    }

    public boolean websitePostingRequired() {
        return Boolean.TRUE.equals(hasWebsite) && !Boolean.TRUE.equals(postingImpracticable);
    }

    /** Written distribution replaces posting where posting is impracticable or there is nowhere to post. */
    public boolean writtenDistributionRequired() {
        return Boolean.TRUE.equals(postingImpracticable) || (!workplacePostingRequired() && !websitePostingRequired());
    }

    /** The date by which every required form of posting had happened, or null if one is missing. */
    public LocalDate completedOn() {
        LocalDate latest = LocalDate.MIN;
        if (workplacePostingRequired()) {
            if (workplacePostedOn == null) {
                return null;
            }
            latest = later(latest, workplacePostedOn);
        }
        if (websitePostingRequired()) {
            if (websitePostedOn == null) {
                return null;
            }
            latest = later(latest, websitePostedOn);
        }
        if (writtenDistributionRequired()) {
            if (writtenToEachWorkerOn == null) {
                return null;
            }
            latest = later(latest, writtenToEachWorkerOn);
        }
        return latest == LocalDate.MIN ? null : latest;
    }

    public boolean missingRequiredPosting() {
        return completedOn() == null;
    }

    public boolean completedAfter(LocalDate date) {
        LocalDate done = completedOn();
        return done != null && date != null && done.isAfter(date);
    }

    public String missingPostingText() {
        StringBuilder missing = new StringBuilder();
        if (workplacePostingRequired() && workplacePostedOn == null) {
            missing.append("no workplace posting date; ");
        }
        if (websitePostingRequired() && websitePostedOn == null) {
            missing.append("the organization has a website but no website posting date; ");
        }
        if (writtenDistributionRequired() && writtenToEachWorkerOn == null) {
            missing.append(Boolean.TRUE.equals(postingImpracticable)
                    ? "posting is impracticable"
                    : "no fixed workplace and no website to post on");
            missing.append(", but no date the contents were given to each worker in writing; ");
        }
        return missing.length() == 0 ? "" : missing.substring(0, missing.length() - 2);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
