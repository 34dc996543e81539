package org.ctipcheck.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ctipcheck.submission.Department;
import org.ctipcheck.submission.Instrument;

@Description("The award the submission is for.")
public record AwardDto(
        @Description("Award or solicitation number.") @NotBlank @Size(max = 100) String id,
        @Description("CONTRACT, SUBCONTRACT, TASK_ORDER, DELIVERY_ORDER, GRANT, COOPERATIVE_AGREEMENT or RECIPIENT_CONTRACT "
                + "(a contract a grant or cooperative agreement recipient awarded for its award; give parentAssistanceAward).") @NotNull Instrument instrument,
        @Description("Awarding agency, e.g. \"USAID\", \"Department of the Army\".") @NotBlank @Size(max = 200) String agency,
        @Description("Date of award (yyyy-mm-dd); for a solicitation not yet awarded, the expected award date; for a subcontract, the date the subcontract was awarded.") LocalDate awardDate,
        @Description("The FAR 52.222-50 clause in the contract.") @Valid ClauseDto clause,
        @Description("Whether the solicitation contained the certification provision FAR 52.222-56.") Boolean solicitationIncludes52_222_56,
        @Description("The most of the contract's value that may possibly be performed outside the United States (options and contingencies included), "
                + "where it is more than the outside-U.S. portions add up to: FAR 22.1705(b) prescribes 52.222-56 when at least the threshold may be.")
        @DecimalMin("0") BigDecimal possibleValueOutsideUnitedStates,
        @Description("Estimated value by portion: supplies or services, inside or outside the United States, COTS or not.")
        @NotEmpty List<@NotNull @Valid PortionDto> portions,
        @Description("Places of performance as ISO 3166-1 alpha-2 codes, e.g. [\"QA\", \"US\"]. Compared with the portions' outsideUnitedStates flags: the United States is the 50 States, the District of Columbia and the outlying areas (52.222-50(a), FAR 2.101), so US, PR, MP, AS, GU, VI and UM are inside it and any other code is abroad.") List<@NotNull @CountryCode String> placesOfPerformance,
        @Description("Period of performance.") @Valid PeriodDto periodOfPerformance,
        @Description("DOD, STATE, USAID or OTHER: decides which agency rules apply (DFARS, legacy USAID provisions).") Department department,
        @Description("Other clauses and provisions in the contract, by number, optionally with the clause date the contract shows, "
                + "e.g. \"52.222-19\", \"252.225-7060 (JUN 2023)\", \"252.225-7060 2022-12\", \"52.203-13\". The date decides the edition "
                + "(DFARS 252.225-7060 DEC 2022 or JUN 2023); without it the edition is taken from the solicitation or award date (FAR 1.108(d)).")
        List<@NotBlank @Size(max = 50) @jakarta.validation.constraints.Pattern(regexp = org.ctipcheck.submission.OtherClause.PATTERN,
                message = "must be a clause number, optionally followed by its clause date, such as \"252.225-7060\" or \"252.225-7060 (JUN 2023)\"") String> otherClauses,
        @Description("The contract requires written work documents (FAR 22.1703(a)(9)).") Boolean contractRequiresWorkDocuments,
        @Description("The law of a country where workers are recruited or work (for example host-country labor law) requires a written employment contract, "
                + "recruitment agreement or other work document (FAR 52.222-50(b)(9) \"If required by law or contract\").") Boolean lawRequiresWorkDocuments,
        @Description("For grants and cooperative agreements: the recipient and the award term.") @Valid RecipientDto recipient,
        @Description("Date the solicitation was issued (yyyy-mm-dd): FAR changes apply to solicitations issued on or after their effective date (FAR 1.108(d)(1)), so it says which 52.222-50 edition the contract should carry.")
        LocalDate solicitationDate,
        @Description("For a task or delivery order: the contract it is placed under, its clause and its value.") @Valid ParentContractDto parentContract,
        @Description("The portions as awarded, when a modification has since changed them; absent, award.portions are also the portions at award.")
        @Valid AsAwardedDto asAwarded,
        @Description("For a RECIPIENT_CONTRACT: the grant or cooperative agreement it was awarded under.") @Valid ParentAssistanceAwardDto parentAssistanceAward) {

    public AwardDto {
        placesOfPerformance = placesOfPerformance == null ? List.of() : placesOfPerformance;
        otherClauses = otherClauses == null ? List.of() : otherClauses;
    }

    @jakarta.validation.constraints.AssertTrue(message = "solicitationDate must not be after awardDate: a solicitation is issued before the award")
    boolean isSolicitedBeforeAward() {
        return solicitationDate == null || awardDate == null || !solicitationDate.isAfter(awardDate);
    }

    @jakarta.validation.constraints.AssertTrue(message = "a RECIPIENT_CONTRACT needs parentAssistanceAward (the grant or cooperative agreement it was awarded under), and only a RECIPIENT_CONTRACT has one")
    boolean isParentAssistanceAwardGivenForRecipientContract() {
        return instrument == null || (instrument == Instrument.RECIPIENT_CONTRACT) == (parentAssistanceAward != null);
    }

    @jakarta.validation.constraints.AssertTrue(message = "asAwarded.modifiedOn must not be before awardDate: a contract is modified after it is awarded")
    boolean isPortionsModifiedAfterAward() {
        return awardDate == null || asAwarded == null || asAwarded.modifiedOn() == null || !asAwarded.modifiedOn().isBefore(awardDate);
    }

    @jakarta.validation.constraints.AssertTrue(message = "a clause modification must not be dated before awardDate: a contract is modified after it is awarded")
    boolean isModifiedAfterAward() {
        return awardDate == null || clause == null || clause.modifications().stream()
                .allMatch(modification -> modification == null || modification.date() == null || !modification.date().isBefore(awardDate));
    }
}
