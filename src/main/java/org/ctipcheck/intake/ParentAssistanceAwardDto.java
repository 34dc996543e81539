package org.ctipcheck.intake;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.ctipcheck.submission.Instrument;

@Description("For a RECIPIENT_CONTRACT: the grant or cooperative agreement under which the recipient awarded this contract. "
        + "FAR 52.222-50 does not apply to such a contract; 22 U.S.C. 7104a makes the recipient certify for its subcontractors "
        + "when the award's services outside the United States exceed $500,000.")
public record ParentAssistanceAwardDto(
        @Description("Number of the grant or cooperative agreement.") @NotBlank @Size(max = 100) String id,
        @Description("GRANT or COOPERATIVE_AGREEMENT.") @NotNull Instrument instrument,
        @Description("The Federal awarding agency, e.g. \"USAID\".") @Size(max = 200) String agency,
        @Description("The recipient that awarded this contract.") @Size(max = 200) String recipient,
        @Description("Date of the grant or cooperative agreement (yyyy-mm-dd).") LocalDate awardDate,
        @Description("Total value of the grant or cooperative agreement, in U.S. dollars.")
        @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal value,
        @Description("Estimated value of the services the grant or cooperative agreement requires to be performed outside the United States (22 U.S.C. 7104a(a)).")
        @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal servicesValueOutsideUnitedStates,
        @Description("This contract lets the recipient terminate it if the contractor, its employees or agents engage in the acts of 22 U.S.C. 7104(g).")
        Boolean contractAllowsTerminationForTrafficking,
        @Description("This contract carries the award term's trafficking prohibitions (2 CFR 175 Appendix A (a)(1) or former 175.15 a.1).")
        Boolean contractIncludesProhibitions) {

    @AssertTrue(message = "instrument must be GRANT or COOPERATIVE_AGREEMENT: a recipient contract is placed under an assistance award")
    boolean isAssistanceInstrument() {
        return instrument == null || instrument.isAssistance();
    }
}
