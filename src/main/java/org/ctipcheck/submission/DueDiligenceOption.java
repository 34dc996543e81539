package org.ctipcheck.submission;

/** The two alternatives of 52.222-56(b)(2) and 52.222-50(h)(5)(ii). */
public enum DueDiligenceOption { NO_ABUSES_FOUND, ABUSES_FOUND_AND_REMEDIATED }
