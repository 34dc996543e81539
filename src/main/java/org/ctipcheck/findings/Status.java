package org.ctipcheck.findings;

/** The state of one requirement in the checklist; when rules disagree the first in this order wins. */
public enum Status {
    NOT_MET, NEEDS_REVIEW, MET, NOT_APPLICABLE
}
