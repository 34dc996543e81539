package org.ctipcheck.submission;

import java.util.ArrayList;
import java.util.List;

/** FAR 52.222-50(h)(3)(i): policy, prohibited activities and consequences, delivered to employees. */
public record AwarenessProgram(
        String pointer,
        Boolean coversPolicy,
        Boolean coversProhibitedActivities,
        Boolean coversConsequences,
        List<String> delivery,
        String frequency,
        List<String> languages,
        Boolean attendanceRecords,
        String text,
        SourceReference source) implements DocumentedFact {

    public AwarenessProgram {
        delivery = List.copyOf(delivery);
        languages = List.copyOf(languages);
    }

    public List<String> missingContent() {
        List<String> missing = new ArrayList<>();
        if (!Boolean.TRUE.equals(coversPolicy)) {
            missing.add("the U.S. Government's policy");
        }
        if (!Boolean.TRUE.equals(coversProhibitedActivities)) {
            missing.add("the prohibited activities of 52.222-50(b)");
        }
        if (!Boolean.TRUE.equals(coversConsequences)) {
            missing.add("the consequences of violations");
        }
        return missing;
    }

    /** A section that states none of the three content items is no awareness program at all. */
    public boolean coversNothing() {
        return missingContent().size() == 3;
    }

    public List<String> missingDelivery() {
        List<String> missing = new ArrayList<>();
        if (delivery.isEmpty()) {
            missing.add("how it is delivered");
        }
        if (frequency == null || frequency.isBlank()) {
            missing.add("how often");
        }
        if (languages.isEmpty()) {
            missing.add("in which languages");
        }
        if (!Boolean.TRUE.equals(attendanceRecords)) {
            missing.add("attendance records");
        }
        return missing;
    }

    public boolean complete() {
        return missingContent().isEmpty() && missingDelivery().isEmpty();
    }
}
