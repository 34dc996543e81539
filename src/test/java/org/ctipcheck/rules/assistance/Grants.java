package org.ctipcheck.rules.assistance;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ctipcheck.fixtures.SubmissionFixture;

/**
 * The compliant fixture as a grant to a private entity ($18.4M of services in Qatar, certified 2023-05-30 before the
 * 2023-06-15 award and annually since, one subaward carrying the prohibitions): every 2 CFR 175 requirement MET. The
 * USAID variant gives the subcontract's $1.2M as services performed outside the United States.
 */
final class Grants {
    private Grants() {
    }

    static SubmissionFixture grant() {
        Map<String, Object> recipient = new LinkedHashMap<>();
        recipient.put("type", "PRIVATE_ENTITY");
        recipient.put("awardTermIncluded", true);
        recipient.put("hasSubawards", true);
        recipient.put("subawardsIncludeAwardTerm", true);
        return SubmissionFixture.compliant().set("/award/instrument", "GRANT").set("/award/department", "STATE")
                .set("/award/recipient", recipient);
    }

    static SubmissionFixture usaid() {
        return grant().set("/award/department", "USAID").set("/award/instrument", "COOPERATIVE_AGREEMENT")
                .set("/subcontracts/0/servicesValueOutsideUnitedStates", 1_200_000);
    }
}
