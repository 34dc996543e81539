package org.ctipcheck.submission;

import java.util.Set;

/**
 * FAR 52.222-50(a): "United States means the 50 States, the District of Columbia, and outlying areas." FAR 2.101:
 * "Outlying areas means- (1) Commonwealths (i) Puerto Rico. (ii) The Northern Mariana Islands; (2) Territories.
 * (i) American Samoa. (ii) Guam. (iii) U.S. Virgin Islands; and (3) Minor outlying islands. (i) Baker Island. (ii)
 * Howland Island. (iii) Jarvis Island. (iv) Johnston Atoll. (v) Kingman Reef. (vi) Midway Islands. (vii) Navassa
 * Island. (viii) Palmyra Atoll. (ix) Wake Atoll." As ISO 3166-1 alpha-2 codes (places of performance are given so):
 * US, and the outlying areas PR, MP, AS, GU, VI and UM (ISO's "United States Minor Outlying Islands" is exactly
 * the nine islands of (3)).
 */
public final class UnitedStates {
    public static final Set<String> OUTLYING_AREAS = Set.of("PR", "MP", "AS", "GU", "VI", "UM");

    private UnitedStates() {
    }

    /** The place (ISO 3166-1 alpha-2) is inside the United States as the clause defines it. */
    public static boolean includes(String iso2) {
        String code = iso2 == null ? "" : iso2.strip().toUpperCase(java.util.Locale.ROOT);
        return code.equals("US") || OUTLYING_AREAS.contains(code);
    }

    public static boolean outlyingArea(String iso2) {
        return iso2 != null && OUTLYING_AREAS.contains(iso2.strip().toUpperCase(java.util.Locale.ROOT));
    }
}
