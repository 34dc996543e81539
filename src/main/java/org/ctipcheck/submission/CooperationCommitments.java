package org.ctipcheck.submission;

/** FAR 52.222-50(g): full cooperation; for grants and cooperative agreements, 22 U.S.C. 7104c(2). */
public record CooperationCommitments(
        String pointer,
        Boolean disclosesToInspectorGeneral,
        Boolean respondsToAuditors,
        Boolean providesAccessIncludingOverseas,
        Boolean protectsVictimsAndWitnesses,
        Boolean fullyCooperatesWithFederalAgencies,
        SourceReference source) implements DocumentedFact {
}
