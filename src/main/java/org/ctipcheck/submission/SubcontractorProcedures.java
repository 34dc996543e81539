package org.ctipcheck.submission;

import java.util.ArrayList;
import java.util.List;

/**
 * FAR 52.222-50(h)(3)(v): procedures that reach agents and subcontractors at any tier and any dollar
 * value, to prevent trafficking and to monitor, detect and terminate those who engage in it.
 */
public record SubcontractorProcedures(
        String pointer,
        Boolean anyTier,
        Boolean anyValue,
        Boolean monitor,
        Boolean detect,
        Boolean terminate,
        String text,
        SourceReference source) implements DocumentedFact {

    public boolean reachesAllTiersAndValues() {
        return Boolean.TRUE.equals(anyTier) && Boolean.TRUE.equals(anyValue);
    }

    public List<String> limits() {
        List<String> limits = new ArrayList<>();
        if (!Boolean.TRUE.equals(anyTier)) {
            limits.add("not every tier");
        }
        if (!Boolean.TRUE.equals(anyValue)) {
            limits.add("not every dollar value");
        }
        return limits;
    }

    public List<String> missingSteps() {
        List<String> missing = new ArrayList<>();
        if (!Boolean.TRUE.equals(monitor)) {
            missing.add("monitor");
        }
        if (!Boolean.TRUE.equals(detect)) {
            missing.add("detect");
        }
        if (!Boolean.TRUE.equals(terminate)) {
            missing.add("terminate");
        }
        return missing;
    }

    public boolean complete() {
        return reachesAllTiersAndValues() && missingSteps().isEmpty();
    }
}
