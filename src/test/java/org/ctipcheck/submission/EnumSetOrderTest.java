package org.ctipcheck.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Set-valued facts are reported as evidence; they must iterate in declaration order whatever order the
 * submission gave, or the evidence order (and so the report) would change from one JVM run to the next.
 */
class EnumSetOrderTest {

    @Test
    void feeBanCoversIteratesInDeclarationOrder() {
        List<FeeForm> reversed = new ArrayList<>(Arrays.asList(FeeForm.values()));
        java.util.Collections.reverse(reversed);
        RecruitmentWagePlan plan = new RecruitmentWagePlan("/p", true, true, false, new LinkedHashSet<>(reversed),
                null, false, true, null, null, null);
        assertThat(plan.feeBanCovers()).containsExactly(FeeForm.values());
        assertThat(plan.evidence("feeBanCovers", plan.feeBanCovers()).value().toString())
                .isEqualTo(Arrays.asList(FeeForm.values()).toString());
        assertThatThrownBy(() -> plan.feeBanCovers().add(FeeForm.KICKBACKS))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void workDocumentContentsAndDisclosureItemsIterateInDeclarationOrder() {
        List<WorkDocumentItem> items = new ArrayList<>(Arrays.asList(WorkDocumentItem.values()));
        java.util.Collections.reverse(items);
        WorkDocuments documents = new WorkDocuments("/w", true, true, false, null, new LinkedHashSet<>(items), null);
        assertThat(documents.contents()).containsExactly(WorkDocumentItem.values());

        List<DisclosureItem> covers = new ArrayList<>(Arrays.asList(DisclosureItem.values()));
        java.util.Collections.reverse(covers);
        RecruitmentDisclosure disclosure = new RecruitmentDisclosure("/d", true, new LinkedHashSet<>(covers), false, null, null, null, null);
        assertThat(disclosure.covers()).containsExactly(DisclosureItem.values());
        assertThat(new RecruitmentDisclosure("/d", true, null, false, null, null, null, null).covers()).isEmpty();
    }
}
