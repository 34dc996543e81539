/**
 * The compliance check as a workflow step, engine-neutral: process variables in ({@link WorkflowVariables}), the check
 * made through {@link org.ctipcheck.check.ComplianceCheck} alone, process variables out. An invalid submission is an
 * {@link InvalidWorkflowInput} that each engine's adapter turns into a BPMN error the model can catch; any other
 * failure is left to the engine's retries, and a retried step is not recorded twice ({@link StepKeys}).
 * The engine adapters live in {@code flowable} and {@code camunda}; this package names no engine.
 */
package org.ctipcheck.workflow;
