package org.ctipcheck.findings;

/**
 * The state of one requirement in the checklist; when rules disagree the first of the first four in this order
 * wins. {@code MET_WITH_ADVICE} is never recorded by a rule: the checklist gives it to a requirement that is met
 * (or has no other outcome) when the only gaps recorded against it come from good-practice rules (INFO, title
 * starting "Good practice": what the regulation's text does not require), so that such advice never reads as
 * "not met". It comes last so the
 * ordinal of the others (stored by the supply-chain log) does not change.
 */
public enum Status {
    NOT_MET, NEEDS_REVIEW, MET, NOT_APPLICABLE, MET_WITH_ADVICE
}
