package org.ctipcheck.evaluation;

import java.util.List;

/**
 * The policy numbers of a rule pack, from its {@code parameters.yaml} (see that file for each value's unit and
 * source). The rules read them through the global {@code parameters}; Java code through {@link Ruleset#parameters()}.
 *
 * @param excessiveWeeklyHours weekly hours above which a supplier row shows the ILO excessive-overtime indicator
 * @param nameSimilarity       the least similarity (Dice, 0 to 1) of a close UFLPA name match
 * @param auditMaxAgeMonths    months after which a social audit no longer treats a listed risk
 * @param highRiskTipTiers     TIP Report tiers whose countries are a listed risk
 * @param planRequestGraceDays days a contracting officer's request for the plan may stay open before it counts as
 *                             unanswered (FAR 52.222-50(h)(4)(ii) sets no deadline)
 */
public record PolicyParameters(int excessiveWeeklyHours, double nameSimilarity, int auditMaxAgeMonths,
        List<String> highRiskTipTiers, int planRequestGraceDays) {

    /**
     * The values ctip-check applied before rule packs carried {@code parameters.yaml}: a pack without that file
     * (rules archived in the audit log by an earlier version) is evaluated as it was then. Those versions took
     * a request for the plan as unanswered from the day after it was made: a grace of 0 days.
     */
    public static final PolicyParameters BEFORE_PARAMETERS_FILE =
            new PolicyParameters(60, 0.85, 24, List.of("Tier 2 Watch List", "Tier 3"), 0);

    public PolicyParameters {
        highRiskTipTiers = List.copyOf(highRiskTipTiers);
    }
}
