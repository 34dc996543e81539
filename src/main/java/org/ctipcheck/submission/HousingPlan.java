package org.ctipcheck.submission;

/** FAR 52.222-50(h)(3)(iv): a housing plan when the contractor or a subcontractor provides or arranges housing. */
public record HousingPlan(
        String pointer,
        Boolean providedOrArranged,
        Boolean meetsHostCountryStandards,
        String standards,
        String inspections,
        String text,
        SourceReference source) implements DocumentedFact {

    public boolean housingProvided() {
        return Boolean.TRUE.equals(providedOrArranged);
    }

    public boolean statesNoHousing() {
        return Boolean.FALSE.equals(providedOrArranged);
    }

    public boolean silentOnHousing() {
        return providedOrArranged == null;
    }

    /** The plan commits to host-country housing and safety standards and names the standard. */
    public boolean meetsStandards() {
        return Boolean.TRUE.equals(meetsHostCountryStandards) && standards != null && !standards.isBlank();
    }

    public boolean inspected() {
        return inspections != null && !inspections.isBlank();
    }
}
