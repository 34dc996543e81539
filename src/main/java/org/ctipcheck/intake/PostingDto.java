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
        @Description("Posting at the workplace or on the website is impracticable.") Boolean postingImpracticable,
        @Description("Date the relevant contents were given to each worker in writing.") LocalDate writtenToEachWorkerOn,
        @Description("Free text of the section.") @Size(max = 20000) String text,
        @Description("Where the section stands in the plan document.") @Valid SourceDto source) {
}
