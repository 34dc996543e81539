package org.ctipcheck.submission;

import java.util.List;

/** FAR subpart 22.15: the certification and the end products it concerns. */
public record ChildLaborFacts(ChildLaborCertification certification, List<EndProduct> endProducts) implements FactGroup {

    public ChildLaborFacts {
        endProducts = endProducts == null ? List.of() : List.copyOf(endProducts);
    }

    @Override
    public List<Object> facts() {
        return FactGroup.present(certification, endProducts);
    }
}
