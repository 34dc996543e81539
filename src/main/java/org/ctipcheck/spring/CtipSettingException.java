package org.ctipcheck.spring;

/** A {@code ctip.*} setting that cannot work; the message names the setting and what to do. */
public class CtipSettingException extends IllegalArgumentException {
    public CtipSettingException(String message) {
        super(message);
    }
}
