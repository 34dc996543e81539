package org.ctipcheck.web.ui;

/** A page that does not exist, or that the user may not see (answered alike, so nothing is disclosed). */
final class PageNotFound extends RuntimeException {
    PageNotFound(String message) {
        super(message);
    }
}
