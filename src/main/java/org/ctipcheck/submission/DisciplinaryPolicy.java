package org.ctipcheck.submission;

import java.util.ArrayList;
import java.util.List;

/** FAR 52.222-50(c)(2): action against violators. */
public record DisciplinaryPolicy(
        String pointer,
        Boolean coversEmployees,
        Boolean coversAgents,
        Boolean coversSubcontractors,
        Boolean includesTermination,
        SourceReference source) implements DocumentedFact {

    /** Whom FAR 52.222-50(c)(2) reaches that the disciplinary procedure does not cover. */
    public List<String> partiesNotCovered() {
        List<String> missing = new ArrayList<>();
        if (!Boolean.TRUE.equals(coversEmployees)) {
            missing.add("employees");
        }
        if (!Boolean.TRUE.equals(coversAgents)) {
            missing.add("agents");
        }
        if (!Boolean.TRUE.equals(coversSubcontractors)) {
            missing.add("subcontractors");
        }
        return missing;
    }
}
