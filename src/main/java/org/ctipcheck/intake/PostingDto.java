package org.ctipcheck.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

@Description("Posting of the plan's relevant contents (FAR 52.222-50(h)(4)(i)).")
public record PostingDto(
        @Description("True for field work with no fixed workplace.") Boolean noFixedWorkplace,
        @Description("Date posted at the workplace.") LocalDate workplacePostedOn,
        @Description("Whether the organization has a website.") Boolean hasWebsite,
        @Description("Where on the website.") @Size(max = 2000) String websiteUrl,
        @Description("Date posted on the website.") LocalDate websitePostedOn,
        @Description("Posting is impracticable both at the workplace and on the website (use the two fields below when only one venue is impracticable).") Boolean postingImpracticable,
        @Description("Posting at the workplace is impracticable: the relevant contents go to each worker in writing; the website posting is still due.") Boolean workplacePostingImpracticable,
        @Description("Posting on the website is impracticable: the relevant contents go to each worker in writing; the workplace posting is still due.") Boolean websitePostingImpracticable,
        @Description("Date the relevant contents were given to each worker in writing.") LocalDate writtenToEachWorkerOn,
        @Description("Free text of the section.") @Size(max = 20000) String text,
        @Description("Where the section stands in the plan document.") @Valid SourceDto source) {
}
