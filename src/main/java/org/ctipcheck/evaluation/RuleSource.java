package org.ctipcheck.evaluation;

/** One rule file: its path relative to the rules folder (always with '/') and its text. */
public record RuleSource(String path, String text) {
}
