package org.ctipcheck.rules.childlabor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctipcheck.fixtures.SubmissionFixture;

/** The compliant fixture turned into a supply contract with a childLabor section (edits follow per test). */
final class ChildLaborFixtures {
    private ChildLaborFixtures() {
    }

    static Map<String, Object> product(String product, String country, long value) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("product", product);
        map.put("countryOfOrigin", country);
        map.put("value", value);
        return map;
    }

    /** Garments from Vietnam (listed), certified (c)(2) with a documented good-faith effort and cooperation. */
    static SubmissionFixture garments() {
        return supply(product("Garments", "VN", 900000));
    }

    static SubmissionFixture supply(Map<String, Object> endProduct) {
        Map<String, Object> childLabor = new LinkedHashMap<>();
        childLabor.put("solicitationIncludes52_222_18", true);
        childLabor.put("option", "MAY_SUPPLY_AFTER_GOOD_FAITH_EFFORT");
        childLabor.put("goodFaithEffortDocumented", true);
        childLabor.put("cooperationCommitted", true);
        childLabor.put("endProducts", new ArrayList<>(List.of(endProduct)));
        return SubmissionFixture.compliant()
                .set("/award/portions/0/kind", "SUPPLIES")
                .set("/award/portions/0/cots", false)
                .set("/childLabor", childLabor);
    }
}
