package org.ctipcheck.evaluation.internal.drools;

import java.util.List;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Lives as long as its pooled session; forwards firings to the evaluation currently using the session. */
final class RuleFiringAdapter extends DefaultAgendaEventListener {
    private FiringListener target;

    void target(FiringListener listener) {
        this.target = listener;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        if (target != null) {
            target.beforeFiring(event.getMatch().getRule().getName(),
                    target.wantsMatchedFacts() ? event.getMatch().getObjects() : List.of());
        }
    }
}
