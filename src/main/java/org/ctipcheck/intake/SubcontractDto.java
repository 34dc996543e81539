package org.ctipcheck.intake;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.ctipcheck.submission.SubcontractKind;

@Description("A subcontract or contract with an agent.")
public record SubcontractDto(
        @Description("Subcontract or agreement number.") @NotBlank @Size(max = 100) String id,
        @Description("Subcontractor or agent.") @NotBlank @Size(max = 300) String party,
        @Description("SUBCONTRACT or AGENT_AGREEMENT.") @NotNull SubcontractKind kind,
        @Description("Tier (1 = direct).") @Min(1) Integer tier,
        @Description("Estimated value in U.S. dollars.") @DecimalMin(value = "0", message = "must be greater than or equal to 0") BigDecimal value,
        @Description("Value of non-COTS supplies acquired or services performed outside the U.S. under it.") @DecimalMin(value = "0", message = "must be greater than or equal to 0") BigDecimal coveredValue,
        @Description("Value of services performed outside the U.S. under it (the 22 U.S.C. 7104a $500,000 test of grants counts services only).")
        @DecimalMin(value = "0", message = "must be greater than or equal to 0") BigDecimal servicesValueOutsideUnitedStates,
        @Description("Date of the subcontract award.") LocalDate awardedOn,
        @Description("The substance of 52.222-50, including paragraph (i), is in the subcontract or agreement.") Boolean clauseFlowedDown,
        @Description("The subcontractor has a compliance plan for the covered portion.") Boolean subcontractorHasPlan,
        @Description("Date of the subcontractor's certification before award.") LocalDate preAwardCertificationOn,
        @Description("Date of its latest annual certification.") LocalDate latestAnnualCertificationOn) {
}
