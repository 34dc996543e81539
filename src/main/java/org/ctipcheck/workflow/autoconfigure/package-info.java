/**
 * Spring Boot auto-configuration of the workflow adapters, each part only when its engine's classes are on the host's
 * class path and the host has a {@link org.ctipcheck.check.ComplianceCheck} bean.
 */
package org.ctipcheck.workflow.autoconfigure;
