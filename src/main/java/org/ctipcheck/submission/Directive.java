package org.ctipcheck.submission;

/** A U.S. directive or notice listed in the Alternate I table of 52.222-50 (e.g. an off-limits order). */
public record Directive(String pointer, String title, String whereToObtain, String appliesAt, Boolean communicatedToEmployees)
        implements Fact {

    public boolean communicated() {
        return Boolean.TRUE.equals(communicatedToEmployees);
    }
}
