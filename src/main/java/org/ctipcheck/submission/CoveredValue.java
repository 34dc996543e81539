package org.ctipcheck.submission;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The value FAR 52.222-50(h)(1) compares with the threshold: supplies, other than COTS items, acquired outside the
 * United States and services performed outside the United States, each portion at its final anticipated value
 * (FAR 1.108(c): options included; the highest final priced alternative where the action sets a maximum or ceiling).
 */
public record CoveredValue(List<Portion> portions) {

    public CoveredValue {
        portions = List.copyOf(portions);
    }

    public List<Portion> covered() {
        return portions.stream().filter(Portion::covered).collect(Collectors.toList());
    }

    public boolean known() {
        return covered().stream().allMatch(Portion::valueKnown);
    }

    public Portion firstWithoutValue() {
        return covered().stream().filter(p -> !p.valueKnown()).findFirst().orElse(null);
    }

    public BigDecimal total() {
        return covered().stream()
                .map(Portion::anticipatedValue)
                .filter(value -> value != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean exceeds(BigDecimal threshold) {
        return total().compareTo(threshold) > 0;
    }

    public String describe() {
        List<Portion> covered = covered();
        if (covered.isEmpty()) {
            return "no supplies (other than COTS items) acquired or services performed outside the United States";
        }
        String parts = covered.stream().map(Portion::describe).collect(Collectors.joining(" + "));
        return covered.size() == 1
                ? "outside-U.S. portion " + parts
                : "outside-U.S. portions " + parts + " = " + Money.format(total());
    }
}
