package org.ctipcheck.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The award's structure: FAR 1.108(c) values, the clause edition in effect (FAR 1.108(d)(3)) and the award as of a date. */
class ContractStructureTest {

    private static Portion services(String estimated, String options, String maximum) {
        return new Portion("/award/portions/0", "p", PortionKind.SERVICES, true, false, money(estimated), money(options),
                money(maximum), "");
    }

    private static BigDecimal money(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static Award award(Instrument instrument, YearMonth clause, List<ClauseModification> modifications,
            ParentContract parent, Portion... portions) {
        return new Award("/award", "A", instrument, "", LocalDate.of(2020, 6, 1), clause, false, true, null,
                List.of(portions), List.of(), null, null, Department.OTHER, List.of(), null, null, List.of(), null, modifications,
                parent);
    }

    @Test
    void theFinalAnticipatedValueIncludesOptionsOrIsTheHighestFinalPricedAlternative() {
        assertThat(services("500000", "50001", null).anticipatedValue()).isEqualByComparingTo("550001");
        assertThat(services("500000", null, null).anticipatedValue()).isEqualByComparingTo("500000");
        assertThat(services("100000", "20000", "900000").anticipatedValue()).isEqualByComparingTo("900000");
        assertThat(services(null, null, "900000").valueKnown()).isTrue();
        assertThat(services(null, "5", null).valueKnown()).isFalse();
    }

    @Test
    void theEditionInEffectIsTheLatestModificationMadeByTheEvaluationDate() {
        ClauseModification mod = new ClauseModification("/award/clause/modifications/0", "P00003", LocalDate.of(2021, 3, 1),
                YearMonth.of(2020, 10));
        Award modified = award(Instrument.CONTRACT, YearMonth.of(2015, 3), List.of(mod), null, services("1", null, null));
        assertThat(modified.effectiveClauseDate()).isEqualTo(YearMonth.of(2020, 10));
        assertThat(modified.clauseIncorporatedOn()).isEqualTo(LocalDate.of(2021, 3, 1));
        assertThat(modified.clauseSource()).isEqualTo("/award/clause/modifications/0/clauseDate");
        assertThat(modified.asOf(LocalDate.of(2021, 3, 1)).effectiveClauseDate()).isEqualTo(YearMonth.of(2020, 10));
        Award dayBefore = modified.asOf(LocalDate.of(2021, 2, 28));
        assertThat(dayBefore.effectiveClauseDate()).isEqualTo(YearMonth.of(2015, 3));
        assertThat(dayBefore.clauseIncorporatedOn()).isEqualTo(LocalDate.of(2020, 6, 1));
    }

    @Test
    void anOrderIsMeasuredOnItsParentContractAndCarriesItsClause() {
        ParentContract parent = new ParentContract("/award/parentContract", "IDIQ", LocalDate.of(2019, 5, 1), YearMonth.of(2019, 1),
                List.of(services(null, null, "45000000")));
        Award order = award(Instrument.TASK_ORDER, null, List.of(), parent, services("100000", null, null));
        assertThat(order.measuredOnParentContract()).isTrue();
        assertThat(order.coveredValue()).isEqualByComparingTo("45000000");
        assertThat(order.effectiveClauseDate()).isEqualTo(YearMonth.of(2019, 1));
        assertThat(order.clauseIncorporatedOn()).isEqualTo(LocalDate.of(2019, 5, 1));
        assertThat(order.clauseSource()).isEqualTo("/award/parentContract/clause/date");
        Award contract = award(Instrument.CONTRACT, YearMonth.of(2021, 11), List.of(), parent, services("100000", null, null));
        assertThat(contract.measuredOnParentContract()).isFalse(); // only orders are placed under a parent contract
        assertThat(contract.coveredValue()).isEqualByComparingTo("100000");
    }

    @Test
    void performanceBeforeAwardIsToldApart() {
        Award award = award(Instrument.CONTRACT, YearMonth.of(2021, 11), List.of(), null, services("1", null, null));
        assertThat(award.performanceBeforeAward()).isFalse();
        Award early = new Award("/award", "A", Instrument.CONTRACT, "", LocalDate.of(2020, 6, 1), null, false, true,
                null, List.of(), List.of(), LocalDate.of(2020, 5, 31), null, Department.OTHER, List.of(), null, null, List.of(),
                null, List.of(), null);
        assertThat(early.performanceBeforeAward()).isTrue();
    }
}
