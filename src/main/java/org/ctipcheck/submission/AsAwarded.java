package org.ctipcheck.submission;

import java.time.LocalDate;
import java.util.List;

/**
 * The contract as awarded, when a later modification changed its portions (for example de-scoped the work abroad or
 * removed options). FAR 22.1703(c)(2) asks for annual certifications "when a compliance plan was required at award",
 * so the value at award, not only today's, is kept. {@code modifiedOn} is the date of the modification that changed
 * the portions; before it the contract still has the portions it was awarded with.
 */
public record AsAwarded(String pointer, List<Portion> portions, LocalDate modifiedOn, String modification) implements Fact {

    public AsAwarded {
        portions = portions == null ? List.of() : List.copyOf(portions);
    }

    /** Whether the modification had not yet been made on {@code day}. */
    public boolean modifiedAfter(LocalDate day) {
        return modifiedOn != null && modifiedOn.isAfter(day);
    }

    public String describeModification() {
        return "modification " + (modification == null ? "" : modification + " ") + (modifiedOn == null ? "(undated)" : "of " + modifiedOn);
    }
}
