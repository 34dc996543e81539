package org.ctipcheck.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IncidentTest {
    private static final LocalDate RECEIVED = LocalDate.of(2025, 9, 2);

    private static Incident incident(LocalDate contractingOfficer, LocalDate inspectorGeneral) {
        return new Incident("/incidents/0", "I-1", RECEIVED, null, "fee asked", "hotline", contractingOfficer, inspectorGeneral,
                null, null, null, null, null, null, null, null, null);
    }

    @Test
    void aNoticeNotYetGivenIsUnreportedOnlyOnceTheLimitHasPassed() {
        Incident untold = incident(RECEIVED, null);
        assertThat(untold.unreported(new EvaluationContext(RECEIVED.plusDays(1)))).isFalse();
        assertThat(untold.unreported(new EvaluationContext(RECEIVED.plusDays(2)))).isTrue();
        assertThat(untold.unreportedTo(new EvaluationContext(RECEIVED.plusDays(2)))).isEqualTo("the agency Inspector General");
    }

    @Test
    void aNoticeIsLateAfterTheConfiguredNumberOfDays() {
        Incident twoDaysLater = incident(RECEIVED, RECEIVED.plusDays(2));
        assertThat(twoDaysLater.notifiedLate(new EvaluationContext(RECEIVED.plusYears(1)))).isTrue();
        assertThat(twoDaysLater.notifiedLate(new EvaluationContext(RECEIVED.plusYears(1), 2))).isFalse();
        assertThat(twoDaysLater.lateNotices(new EvaluationContext(RECEIVED.plusYears(1))))
                .isEqualTo("the agency Inspector General on 2025-09-04");
    }

    @Test
    void namesBothPartiesWhenNeitherWasTold() {
        assertThat(incident(null, null).unreportedTo(new EvaluationContext(RECEIVED.plusDays(5))))
                .isEqualTo("the contracting officer and the agency Inspector General");
    }
}
