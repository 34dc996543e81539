/**
 * Renders an evaluation for people and machines: the JSON report (a documented, stable shape) and the
 * terminal text report. PDF, HTML, CSV and OSCAL renderers belong here too.
 */
package org.ctipcheck.report;
