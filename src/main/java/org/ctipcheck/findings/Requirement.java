package org.ctipcheck.findings;

/** A requirement of the catalog that rules decide: one checklist entry per requirement considered. */
public record Requirement(String id, String scope, String title, String citation, Confidence confidence) {
}
