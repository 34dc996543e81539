package org.ctipcheck.submission;

public enum OrganizationRole { PRIME, SUBCONTRACTOR, RECIPIENT, SUBRECIPIENT }
