package org.ctipcheck.intake;

import org.ctipcheck.submission.RecipientType;

@Description("For grants and cooperative agreements: the recipient and the 2 CFR 175 award term.")
public record RecipientDto(
        @Description("PRIVATE_ENTITY, STATE_OR_LOCAL_GOVERNMENT, INDIAN_TRIBE, FOREIGN_PUBLIC_ENTITY or OTHER.") RecipientType type,
        @Description("Funds may flow to a private-entity subrecipient.") Boolean fundsMayFlowToPrivateSubrecipients,
        @Description("The award includes the 2 CFR 175 award term (Appendix A).") Boolean awardTermIncluded,
        @Description("The recipient makes subawards.") Boolean hasSubawards,
        @Description("Subawards include the award term.") Boolean subawardsIncludeAwardTerm) {
}
