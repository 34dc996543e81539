/**
 * Spring Boot auto-configuration: an application that depends on ctip-check gets a ready
 * {@link org.ctipcheck.check.ComplianceCheck}, the ruleset, the audit log (on its own {@code DataSource} when
 * {@code ctip.audit.enabled}), report renderers, an actuator health contributor and Micrometer metrics; each bean
 * yields to one the application defines. A channel like the others ({@code ctip serve} starts on it too): it wires the
 * application API and decides nothing itself. The command line never loads it.
 */
package org.ctipcheck.spring;
