/** The {@code ctip} command line: the only place picocli is used. */
package org.ctipcheck.cli;
