package org.ctipcheck.spring;

import java.time.Duration;
import java.util.List;
import org.ctipcheck.check.CheckListener;
import org.ctipcheck.check.CheckOutcome;

/** Every {@link CheckListener} bean of the application, told in order. */
record CheckListeners(List<CheckListener> listeners) implements CheckListener {

    static CheckListener of(List<CheckListener> listeners) {
        return listeners.size() == 1 ? listeners.get(0) : new CheckListeners(List.copyOf(listeners));
    }

    @Override
    public void checked(CheckOutcome outcome, Duration took) {
        listeners.forEach(listener -> listener.checked(outcome, took));
    }

    @Override
    public void failed(RuntimeException failure, Duration took) {
        listeners.forEach(listener -> listener.failed(failure, took));
    }

    @Override
    public void recorded(int reports, Duration took) {
        listeners.forEach(listener -> listener.recorded(reports, took));
    }
}
