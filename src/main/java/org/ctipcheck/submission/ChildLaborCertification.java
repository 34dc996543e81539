package org.ctipcheck.submission;

/** FAR 52.222-18/-19 (E.O. 13126): forced or indentured child labor. */
public record ChildLaborCertification(
        String pointer,
        Boolean solicitationIncludes52_222_18,
        ChildLaborOption option,
        Boolean goodFaithEffortDocumented,
        Boolean cooperationCommitted,
        SourceReference source) implements DocumentedFact {
}
