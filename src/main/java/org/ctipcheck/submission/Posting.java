package org.ctipcheck.submission;

import java.time.LocalDate;

/**
 * FAR 52.222-50(h)(4)(i): relevant plan contents posted at the workplace (unless there is no fixed
 * workplace) and on the website (if any) no later than the start of performance; "If posting at the workplace or
 * on the Web site is impracticable, the Contractor shall provide the relevant contents of the compliance plan to
 * each worker in writing." Impracticability is per venue: it excuses posting at that venue only, and brings the
 * written copy to each worker. {@code postingImpracticable} (the older field) says posting is impracticable at
 * both.
 */
public record Posting(
        String pointer,
        Boolean noFixedWorkplace,
        LocalDate workplacePostedOn,
        Boolean hasWebsite,
        String websiteUrl,
        LocalDate websitePostedOn,
        Boolean postingImpracticable,
        Boolean workplacePostingImpracticable,
        Boolean websitePostingImpracticable,
        LocalDate writtenToEachWorkerOn,
        String text,
        SourceReference source) implements DocumentedFact {

    public boolean workplaceImpracticable() {
        return Boolean.TRUE.equals(postingImpracticable) || Boolean.TRUE.equals(workplacePostingImpracticable);
    }

    public boolean websiteImpracticable() {
        return Boolean.TRUE.equals(postingImpracticable) || Boolean.TRUE.equals(websitePostingImpracticable);
    }

    public boolean workplacePostingRequired() {
        return !Boolean.TRUE.equals(noFixedWorkplace) && !workplaceImpracticable();
    }

    /** Posting on a website that is maintained is excused only by its own impracticability, never the workplace's. */
    public boolean websitePostingRequired() {
        return Boolean.TRUE.equals(hasWebsite) && !websiteImpracticable();
    }

    /** The written copy to each worker is owed where posting at either venue is impracticable, or there is nowhere to post. */
    public boolean writtenDistributionRequired() {
        return (workplaceImpracticable() && !Boolean.TRUE.equals(noFixedWorkplace))
                || (websiteImpracticable() && Boolean.TRUE.equals(hasWebsite))
                || (!workplacePostingRequired() && !websitePostingRequired());
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

    /** Posted at the workplace or on the website, or given to each worker in writing, on some recorded day. */
    public boolean postedSomewhere() {
        return workplacePostedOn != null || websitePostedOn != null || writtenToEachWorkerOn != null;
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
            missing.append(impracticableText());
            missing.append(", but no date the contents were given to each worker in writing; ");
        }
        return missing.length() == 0 ? "" : missing.substring(0, missing.length() - 2);
    }

    private String impracticableText() {
        if (Boolean.TRUE.equals(postingImpracticable)) {
            return "posting is impracticable";
        }
        if (workplaceImpracticable() || websiteImpracticable()) {
            return "posting " + (workplaceImpracticable() ? "at the workplace" : "on the website") + " is impracticable";
        }
        return "no fixed workplace and no website to post on";
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
