package org.ctipcheck.intake;

import jakarta.validation.Valid;

@Description("DFARS 252.225-7060 good-faith effort on Xinjiang (XUAR) forced labor.")
public record XuarDto(
        @Description("A good-faith effort to keep XUAR forced labor out of performance is documented.") Boolean goodFaithEffortDocumented,
        @Description("A product mined, produced or manufactured with XUAR forced labor is known in the supply chain.") Boolean xuarLinkedSupplyKnown,
        @Description("252.225-7060 is flowed down to all subcontracts, including commercial and COTS.") Boolean flowedDownAllTiersIncludingCots,
        @Description("Where this stands in the submitted documents.") @Valid SourceDto source) {
}
