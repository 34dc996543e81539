/**
 * Runs a ruleset over a submission's facts. {@link org.ctipcheck.evaluation.ComplianceEvaluator} is the
 * public, thread-safe entry point; Drools types stay in {@code evaluation.internal.drools}.
 */
package org.ctipcheck.evaluation;
