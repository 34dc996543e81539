package org.ctipcheck.submission;

import java.util.List;

/** DFARS terms for Department of Defense contracts. */
public record DodFacts(DodRepresentation representation, XuarDiligence xuar) implements FactGroup {

    @Override
    public List<Object> facts() {
        return FactGroup.present(representation, xuar);
    }
}
