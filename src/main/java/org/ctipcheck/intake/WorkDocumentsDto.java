package org.ctipcheck.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.ctipcheck.submission.WorkDocumentItem;

@Description("Written work documents (FAR 52.222-50(b)(9)).")
public record WorkDocumentsDto(
        @Description("A written employment contract, recruitment agreement or work document is given to each worker.") Boolean provided,
        @Description("It is in a language the worker understands.") Boolean inLanguageWorkerUnderstands,
        @Description("Workers relocate to perform the work.") Boolean relocationRequired,
        @Description("How many days before relocation the document is given.") @Min(0) Integer daysBeforeRelocation,
        @Description("What the document contains.") Set<@NotNull WorkDocumentItem> contents,
        @Description("Where this stands in the submitted documents.") @Valid SourceDto source) {
}
