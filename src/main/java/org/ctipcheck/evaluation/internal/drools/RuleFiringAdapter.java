package org.ctipcheck.evaluation.internal.drools;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Lives as long as its pooled session; forwards firings to the evaluation currently using the session, and halts
 * the session at the first firing after that evaluation's deadline (checked on the evaluating thread: no watchdog
 * thread is needed to stop a rule that keeps firing).
 */
final class RuleFiringAdapter extends DefaultAgendaEventListener {
    private FiringListener target;
    private KieSession session;
    private long deadline;
    private String overrun;
    /** The rule whose consequence is running now (null between firings), for a watcher on another thread. */
    private AtomicReference<String> firingNow;

    /** Points the adapter at one evaluation; {@code deadline} is a {@link System#nanoTime()} value. */
    void target(FiringListener listener, KieSession running, long deadlineNanos, AtomicReference<String> firing) {
        this.target = listener;
        this.firingNow = firing;
        this.session = running;
        this.deadline = deadlineNanos;
        this.overrun = null;
    }

    void release() {
        this.target = null;
        this.session = null;
        this.firingNow = null;
    }

    /** The rule that was about to fire again when the deadline had passed; null when the evaluation kept to it. */
    String overrun() {
        return overrun;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        String rule = event.getMatch().getRule().getName();
        if (session != null && overrun == null && System.nanoTime() - deadline > 0) {
            overrun = rule;
            session.halt(); // takes effect once this firing ends: fireAllRules returns
        }
        if (target != null && overrun == null) {
            target.beforeFiring(rule, target.wantsMatchedFacts() ? event.getMatch().getObjects() : List.of());
        }
        if (firingNow != null) {
            firingNow.set(rule);
        }
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        if (firingNow != null) {
            firingNow.set(null);
        }
    }
}
