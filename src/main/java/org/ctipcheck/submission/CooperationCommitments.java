package org.ctipcheck.submission;

/** FAR 52.222-50(g): full cooperation. */
public record CooperationCommitments(
        String pointer,
        Boolean disclosesToInspectorGeneral,
        Boolean respondsToAuditors,
        Boolean providesAccessIncludingOverseas,
        Boolean protectsVictimsAndWitnesses,
        SourceReference source) implements DocumentedFact {
}
