package org.ctipcheck.submission;

public record Organization(String pointer, String legalName, String uei, String country, OrganizationRole role)
        implements Fact {
}
