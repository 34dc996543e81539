package org.ctipcheck.submission;

import java.time.LocalDate;

/**
 * A fact of the submission dated after the evaluation date (a certification, an incident, a notice, a clause
 * modification): the evaluation is a judgement as of its date, so it is left out as not having happened yet, and
 * this note says so. Derived when the evaluation starts; never submitted.
 */
public record NotYetHappened(String pointer, LocalDate date, String what) implements Fact {

    public String describe() {
        return what + " dated " + date;
    }
}
