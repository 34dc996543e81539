package org.ctipcheck.evaluation.internal.drools;

import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

final class RuleFiringAdapter extends DefaultAgendaEventListener {
    private final FiringListener listener;

    RuleFiringAdapter(FiringListener listener) {
        this.listener = listener;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        listener.beforeFiring(event.getMatch().getRule().getName(), event.getMatch().getObjects());
    }
}
