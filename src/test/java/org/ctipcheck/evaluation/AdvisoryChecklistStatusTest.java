package org.ctipcheck.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ctipcheck.findings.Confidence;
import org.ctipcheck.findings.RuleInfo;
import org.ctipcheck.findings.Severity;
import org.ctipcheck.findings.Status;
import org.junit.jupiter.api.Test;

/**
 * The checklist status of a requirement: a gap from a good-practice rule (INFO, title "Good practice: …", what the
 * regulation's text does not require) is advice and never makes the requirement NOT_MET; any other gap does.
 */
class AdvisoryChecklistStatusTest {
    private static final RecordedOutcome MET = outcome(Severity.INFO, "Every element is present", Status.MET);
    private static final RecordedOutcome ADVICE = outcome(Severity.INFO, "Good practice: delivery is not documented", Status.NOT_MET);
    private static final RecordedOutcome GOVERNMENT_SIDE = outcome(Severity.INFO, "The clause in the contract is obsolete", Status.NOT_MET);
    private static final RecordedOutcome MINOR_GAP = outcome(Severity.MINOR, "An element is incomplete", Status.NOT_MET);
    private static final RecordedOutcome REVIEW = outcome(Severity.INFO, "A fact is missing", Status.NEEDS_REVIEW);
    private static final RecordedOutcome NOT_APPLICABLE = outcome(Severity.INFO, "No housing", Status.NOT_APPLICABLE);

    @Test
    void goodPracticeAloneOrBesideMetIsMetWithAdvice() {
        assertThat(ResultAssembler.status(List.of(ADVICE))).isEqualTo(Status.MET_WITH_ADVICE);
        assertThat(ResultAssembler.status(List.of(MET, ADVICE))).isEqualTo(Status.MET_WITH_ADVICE);
    }

    @Test
    void anyOtherGapOrAFactToReviewStillDecides() {
        assertThat(ResultAssembler.status(List.of(MINOR_GAP, ADVICE))).isEqualTo(Status.NOT_MET);
        assertThat(ResultAssembler.status(List.of(GOVERNMENT_SIDE))).isEqualTo(Status.NOT_MET);
        assertThat(ResultAssembler.status(List.of(REVIEW, ADVICE))).isEqualTo(Status.NEEDS_REVIEW);
        assertThat(ResultAssembler.status(List.of(NOT_APPLICABLE, ADVICE))).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void withoutAdviceTheUsualOrderHolds() {
        assertThat(ResultAssembler.status(List.of(MET))).isEqualTo(Status.MET);
        assertThat(ResultAssembler.status(List.of(MET, REVIEW))).isEqualTo(Status.NEEDS_REVIEW);
        assertThat(ResultAssembler.status(List.of(MET, MINOR_GAP))).isEqualTo(Status.NOT_MET);
    }

    private static RecordedOutcome outcome(Severity severity, String title, Status status) {
        RuleInfo rule = new RuleInfo("CTIP-PLAN-03.x", "CTIP-PLAN-03", title, severity, "FAR 52.222-50(h)(3)(i)", "Fix.",
                Confidence.INFERRED, "plan/ctip-plan-03-awareness.drl");
        return new RecordedOutcome(rule, "CTIP-PLAN-03", status, "message", List.of(), true);
    }
}
