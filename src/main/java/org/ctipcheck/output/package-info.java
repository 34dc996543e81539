/** Files the tool writes: whole or not at all, never through a link planted where they go, never over an input. */
package org.ctipcheck.output;
