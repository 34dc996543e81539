package org.ctipcheck.submission;

import java.util.List;

/** FAR 52.222-50(h)(2): the plan must fit the contract's size, activities and trafficking risk. */
public record RiskAssessment(
        String pointer,
        Boolean contractSpecific,
        Integer nonUsWorkforceExpected,
        List<String> countriesOfRecruitment,
        String sectorRisk,
        String text,
        SourceReference source) implements DocumentedFact {

    public RiskAssessment {
        countriesOfRecruitment = List.copyOf(countriesOfRecruitment);
    }

    public boolean tailored() {
        return Boolean.TRUE.equals(contractSpecific);
    }

    /** Workforce count, recruitment countries (when non-U.S. workers are expected) and sector risk all stated. */
    public boolean complete() {
        boolean recruitmentKnown = nonUsWorkforceExpected != null
                && (nonUsWorkforceExpected == 0 || !countriesOfRecruitment.isEmpty());
        return recruitmentKnown && sectorRisk != null && !sectorRisk.isBlank();
    }

    public String missingParts() {
        StringBuilder missing = new StringBuilder();
        if (nonUsWorkforceExpected == null) {
            missing.append("the expected number of non-U.S. workers; ");
        } else if (nonUsWorkforceExpected > 0 && countriesOfRecruitment.isEmpty()) {
            missing.append("the countries workers are recruited from; ");
        }
        if (sectorRisk == null || sectorRisk.isBlank()) {
            missing.append("the sector's trafficking risk; ");
        }
        return missing.length() == 0 ? "" : missing.substring(0, missing.length() - 2);
    }
}
