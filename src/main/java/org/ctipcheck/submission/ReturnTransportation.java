package org.ctipcheck.submission;

import java.util.ArrayList;
import java.util.List;

/**
 * FAR 52.222-50(b)(7): return transportation. It is owed (i)(A) for workers brought into a country of performance
 * outside the United States, and (i)(B) for workers brought into the United States only where a temporary worker
 * program or a written agreement requires it; (ii) none is owed to a worker legally permitted to remain who chooses
 * to, or where an authorized official of the contracting agency has exempted the contractor.
 */
public record ReturnTransportation(
        String pointer,
        Boolean providedOrPaid,
        Boolean conditionedOnCompletingTerm,
        Boolean conditionedOnRepayment,
        Boolean victimWitnessTimingProvided,
        Boolean broughtIntoUnitedStates,
        Boolean requiredByProgramOrAgreement,
        Boolean withheldOnlyFromWorkersWhoChoseToRemain,
        Boolean agencyExemption,
        SourceReference source) implements DocumentedFact {

    /** Return travel depends on finishing the term or repaying costs: a condition the clause does not allow. */
    public boolean conditioned() {
        return Boolean.TRUE.equals(conditionedOnCompletingTerm) || Boolean.TRUE.equals(conditionedOnRepayment);
    }

    /** An exception of (b)(7)(ii) applies: workers who chose to remain, or an agency exemption. */
    public boolean exempted() {
        return Boolean.TRUE.equals(withheldOnlyFromWorkersWhoChoseToRemain) || Boolean.TRUE.equals(agencyExemption);
    }

    /**
     * Whether the workers were brought into the United States: as stated, else taken from the award (into the
     * U.S. when the award has no portion performed outside it).
     */
    public boolean intoUnitedStates(boolean awardOutsideUnitedStates) {
        return broughtIntoUnitedStates != null ? broughtIntoUnitedStates : !awardOutsideUnitedStates;
    }

    /**
     * Whether (b)(7)(i) owes return transportation: TRUE, FALSE (an exception of (b)(7)(ii), or workers brought
     * into the U.S. with no temporary worker program or written agreement requiring it) or null (brought into the
     * U.S. and whether a program or agreement requires it is not stated).
     */
    public Boolean owed(boolean awardOutsideUnitedStates) {
        if (exempted()) {
            return Boolean.FALSE;
        }
        return intoUnitedStates(awardOutsideUnitedStates) ? requiredByProgramOrAgreement : Boolean.TRUE;
    }

    /** A gap there would be if return transportation were owed. */
    public boolean gapIfOwed() {
        return Boolean.FALSE.equals(providedOrPaid) || conditioned() || Boolean.FALSE.equals(victimWitnessTimingProvided);
    }

    /** Why none is owed, for the report. */
    public String whyNotOwed() {
        if (Boolean.TRUE.equals(agencyExemption)) {
            return "an authorized official of the contracting agency has exempted the contractor (FAR 52.222-50(b)(7)(ii)(B))";
        }
        if (Boolean.TRUE.equals(withheldOnlyFromWorkersWhoChoseToRemain)) {
            return "it is withheld only from workers legally permitted to remain who choose to (FAR 52.222-50(b)(7)(ii)(A))";
        }
        return "the workers are brought into the United States and no temporary worker program or written agreement requires it (FAR 52.222-50(b)(7)(i)(B))";
    }

    public String conditions() {
        List<String> conditions = new ArrayList<>();
        if (Boolean.TRUE.equals(conditionedOnCompletingTerm)) {
            conditions.add("completing the contract term");
        }
        if (Boolean.TRUE.equals(conditionedOnRepayment)) {
            conditions.add("repaying costs");
        }
        return String.join(" and ", conditions);
    }
}
