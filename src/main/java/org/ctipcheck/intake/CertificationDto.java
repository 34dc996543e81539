package org.ctipcheck.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.ctipcheck.submission.CertificationType;
import org.ctipcheck.submission.DueDiligenceOption;

@Description("A certification: PRE_AWARD (FAR 52.222-56) or ANNUAL (FAR 52.222-50(h)(5)).")
public record CertificationDto(
        @Description("PRE_AWARD or ANNUAL.") @NotNull CertificationType type,
        @Description("Date signed (yyyy-mm-dd).") LocalDate date,
        @Description("Who signed it.") @Valid SignerDto signer,
        @Description("What the certification states.") @Valid StatementsDto statements,
        @Description("The due-diligence alternative certified and its record.") @Valid DueDiligenceDto dueDiligence,
        @Description("Where the certification stands in the submitted documents.") @Valid SourceDto source) {

    @Description("Signer of a certification.")
    public record SignerDto(
            @Description("Name.") @Size(max = 300) String name,
            @Description("Title.") @Size(max = 300) String title) {
    }

    @Description("Statements certified.")
    public record StatementsDto(
            @Description("(1) A compliance plan has been implemented.") Boolean compliancePlanImplemented,
            @Description("(1) ... with procedures to monitor, detect and terminate.") Boolean monitorDetectTerminate,
            @Description("Grants and cooperative agreements (22 U.S.C. 7104a(a)(1)): the recipient is in compliance with the plan, as well as having implemented it.")
            Boolean inComplianceWithPlan,
            @Description("The statements cover agents as well as subcontractors.") Boolean coversAgents) {
    }

    @Description("Due diligence behind statement (2).")
    public record DueDiligenceDto(
            @Description("NO_ABUSES_FOUND or ABUSES_FOUND_AND_REMEDIATED.") DueDiligenceOption option,
            @Description("The due diligence performed is documented (a good record to keep; the certification is made \"after having conducted due diligence\" and the regulation asks for no filed record, so this does not decide whether the certification is complete).") Boolean documented,
            @Description("For ABUSES_FOUND_AND_REMEDIATED: remedial and referral actions are documented.")
            Boolean remedialAndReferralActionsDocumented) {
    }
}
