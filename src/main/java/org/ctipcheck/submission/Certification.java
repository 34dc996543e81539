package org.ctipcheck.submission;

import java.time.LocalDate;

/**
 * A certification under FAR 52.222-56(b) (before award) or 52.222-50(h)(5) (annually after award):
 * (1) a compliance plan is implemented and (2) after due diligence, either no abuses were found or
 * abuses found were remedied and referred.
 */
public record Certification(
        String pointer,
        CertificationType type,
        LocalDate date,
        String signerName,
        String signerTitle,
        Boolean compliancePlanImplemented,
        Boolean monitorDetectTerminate,
        Boolean inComplianceWithPlan,
        Boolean coversAgents,
        DueDiligenceOption dueDiligenceOption,
        Boolean dueDiligenceDocumented,
        Boolean remedialAndReferralActionsDocumented,
        SourceReference source) implements DocumentedFact {

    public boolean annual() {
        return type == CertificationType.ANNUAL;
    }

    public boolean signed() {
        return date != null && signerName != null && !signerName.isBlank();
    }

    public boolean planStatementCertified() {
        return Boolean.TRUE.equals(compliancePlanImplemented) && Boolean.TRUE.equals(monitorDetectTerminate);
    }

    public boolean dueDiligenceStatementCertified() {
        if (dueDiligenceOption == null) {
            return false;
        }
        return dueDiligenceOption == DueDiligenceOption.NO_ABUSES_FOUND
                || Boolean.TRUE.equals(remedialAndReferralActionsDocumented);
    }

    /**
     * Signed, with both statements. The statement is made "after having conducted due diligence" (FAR 52.222-56(c)(2),
     * 52.222-50(h)(5)(ii)): the text asks for the certification, not for a filed record of the due diligence, so
     * {@code dueDiligenceDocumented} does not decide completeness.
     */
    public boolean complete() {
        return signed() && planStatementCertified() && dueDiligenceStatementCertified();
    }

    public String gaps() {
        StringBuilder gaps = new StringBuilder();
        if (!signed()) {
            gaps.append("it is not dated and signed; ");
        }
        if (!Boolean.TRUE.equals(compliancePlanImplemented)) {
            gaps.append("it does not certify that a compliance plan is implemented; ");
        }
        if (!Boolean.TRUE.equals(monitorDetectTerminate)) {
            gaps.append("it does not certify procedures to monitor, detect and terminate; ");
        }
        if (dueDiligenceOption == null) {
            gaps.append("it certifies neither due-diligence alternative; ");
        } else if (!dueDiligenceStatementCertified()) {
            gaps.append("abuses were found but remedial and referral actions are not documented; ");
        }
        return gaps.length() == 0 ? "" : gaps.substring(0, gaps.length() - 2);
    }

    /**
     * 22 U.S.C. 7104a(a)(1), for grants and cooperative agreements: the recipient "has implemented a plan ... and is in
     * compliance with that plan". FAR 52.222-56(c)(1) and 52.222-50(h)(5)(i) ask only for "implemented".
     */
    public boolean planComplianceDenied() {
        return Boolean.FALSE.equals(inComplianceWithPlan);
    }

    public boolean planComplianceNotStated() {
        return inComplianceWithPlan == null;
    }

    public boolean signedAfter(LocalDate day) {
        return date != null && day != null && date.isAfter(day);
    }
}
