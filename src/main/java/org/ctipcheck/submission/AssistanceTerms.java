package org.ctipcheck.submission;

/** For grants and cooperative agreements: the recipient and the 2 CFR 175 award term (Appendix A). */
public record AssistanceTerms(
        String pointer,
        RecipientType recipientType,
        Boolean fundsMayFlowToPrivateSubrecipients,
        Boolean awardTermIncluded,
        Boolean subawardsIncludeAwardTerm,
        Boolean hasSubawards) implements Fact {

    /** 2 CFR 175.200(a)(1)-(2): the term is required for private entities, and for others when funds may reach one. */
    public boolean awardTermRequired() {
        return recipientType == RecipientType.PRIVATE_ENTITY || Boolean.TRUE.equals(fundsMayFlowToPrivateSubrecipients);
    }
}
