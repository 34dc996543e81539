package org.ctipcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {
    @Test
    void controlsBecomeVisibleEscapesAndBidiOverridesAreRemoved() {
        assertThat(TerminalText.safe("\u001b[2J\u001b[31mAcme\u001b[0m")).isEqualTo("\\x1b[2J\\x1b[31mAcme\\x1b[0m");
        assertThat(TerminalText.safe("a\r\nb\tc\u0007d\u007fe\u009bf")).isEqualTo("a\\r\\nb\\tc\\x07d\\x7fe\\x9bf");
        assertThat(TerminalText.safe("x\u2028y\u2029z")).isEqualTo("x\\u2028y\\u2029z");
        assertThat(TerminalText.safe("\u202eevil\u202c \u2066iso\u2069 \u202a\u202b\u202d")).isEqualTo("evil iso ");
    }

    @Test
    void cleanTextIsReturnedAsItIsIncludingRightToLeftScripts() {
        String text = "\u05e9\u05dc\u05d5\u05dd \u0634\u0631\u0643\u0629 Nguy\u1ec5n \u6df1\u5733 \u200f";
        assertThat(TerminalText.safe(text)).isSameAs(text);
        assertThat(TerminalText.safe(null)).isNull();
    }
}
