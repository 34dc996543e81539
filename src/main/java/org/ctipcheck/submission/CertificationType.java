package org.ctipcheck.submission;

public enum CertificationType { PRE_AWARD, ANNUAL }
