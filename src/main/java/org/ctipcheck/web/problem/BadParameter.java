package org.ctipcheck.web.problem;

/** A request parameter or header that cannot be used: answered 400, naming it and what is wrong. */
public final class BadParameter extends RuntimeException {
    private final String parameter;

    public BadParameter(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
