/**
 * The submission as immutable facts: what the rules see. Every fact knows its JSON Pointer into the
 * submitted document, so findings and rule hits can point at the exact value they are about.
 * No framework types live here.
 */
package org.ctipcheck.submission;
