package org.ctipcheck.submission;

/** The awarding department, where rules differ by agency (DFARS for DoD; legacy USAID provisions). */
public enum Department { DOD, STATE, USAID, OTHER }
