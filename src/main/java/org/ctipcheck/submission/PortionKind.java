package org.ctipcheck.submission;

public enum PortionKind { SUPPLIES, SERVICES }
