/**
 * The check as one application API, for every channel (CLI, REST service, web page, Spring host applications,
 * workflow steps): {@link org.ctipcheck.check.ComplianceCheck} reads the submissions, evaluates them, screens the
 * supply chain, records everything in the audit log, stamps, renders and hashes the reports, and only then
 * issues them. Channels fill a {@link org.ctipcheck.check.CheckRequest} and present the
 * {@link org.ctipcheck.check.CheckOutcome}; they decide nothing about the check itself.
 */
package org.ctipcheck.check;
