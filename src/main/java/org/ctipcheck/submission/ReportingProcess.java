package org.ctipcheck.submission;

import java.util.List;
import java.util.Locale;

/** FAR 52.222-50(h)(3)(ii): a retaliation-free reporting process and the Global Human Trafficking Hotline. */
public record ReportingProcess(
        String pointer,
        List<String> channels,
        Boolean nonRetaliation,
        String hotlinePhone,
        String hotlineEmail,
        String text,
        SourceReference source) implements DocumentedFact {

    /** 1-844-888-FREE spelled in digits. */
    public static final String HOTLINE_DIGITS = "18448883733";
    public static final String HOTLINE_EMAIL = "help@befree.org";

    public ReportingProcess {
        channels = List.copyOf(channels);
    }

    public boolean hasProcess() {
        return !channels.isEmpty();
    }

    public boolean retaliationFree() {
        return Boolean.TRUE.equals(nonRetaliation);
    }

    public boolean hotlinePhoneCurrent() {
        return hotlinePhone != null && digits(hotlinePhone).endsWith("8448883733");
    }

    public boolean hotlineEmailCurrent() {
        return hotlineEmail != null && hotlineEmail.strip().toLowerCase(Locale.ROOT).equals(HOTLINE_EMAIL);
    }

    public boolean hotlineCurrent() {
        return hotlinePhoneCurrent() && hotlineEmailCurrent();
    }

    /** Letters on a phone keypad map to digits, so "1-844-888-FREE" compares equal to "1-844-888-3733". */
    static String digits(String phone) {
        StringBuilder digits = new StringBuilder();
        for (char c : phone.toUpperCase(Locale.ROOT).toCharArray()) {
            if (Character.isDigit(c)) {
                digits.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                digits.append(keypad(c));
            }
        }
        return digits.toString();
    }

    private static char keypad(char letter) {
        String keys = "22233344455566677778889999";
        return keys.charAt(letter - 'A');
    }
}
