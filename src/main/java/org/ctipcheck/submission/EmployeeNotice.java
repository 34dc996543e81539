package org.ctipcheck.submission;

import java.util.ArrayList;
import java.util.List;

/** FAR 52.222-50(c)(1): notice to employees and agents. */
public record EmployeeNotice(
        String pointer,
        Boolean coversPolicy,
        Boolean coversProhibitedActivities,
        Boolean coversActionsTaken,
        Boolean distributedToAgents,
        Boolean coversAlternateIDirectives,
        SourceReference source) implements DocumentedFact {

    /** What the notice leaves out of FAR 52.222-50(c)(1): the policy, the prohibited activities, the actions taken. */
    public List<String> missingContent() {
        List<String> missing = new ArrayList<>();
        if (!Boolean.TRUE.equals(coversPolicy)) {
            missing.add("the Government's policy prohibiting trafficking in persons");
        }
        if (!Boolean.TRUE.equals(coversProhibitedActivities)) {
            missing.add("the prohibited activities");
        }
        if (!Boolean.TRUE.equals(coversActionsTaken)) {
            missing.add("the actions the contractor will take against violators");
        }
        return missing;
    }
}
