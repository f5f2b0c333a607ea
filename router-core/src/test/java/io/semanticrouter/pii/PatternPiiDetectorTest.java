package io.semanticrouter.pii;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PatternPiiDetectorTest {

    private final PiiDetector detector = PatternPiiDetector.INSTANCE;

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            mail jane.doe@example.com today                 | EMAIL
            call +44 20 7946 0958 after lunch               | PHONE
            call (415) 555-2671                             | PHONE
            Phone: 467 3395                                 | PHONE
            can someone call me on 01.84.17.61.18?          | PHONE
            I lost my card 4574911566148561.                | CREDIT_CARD
            limit for card 501864667909?                    | CREDIT_CARD
            card 4111 1111 1111 1111 expired                | CREDIT_CARD
            card 5500-0000-0000-0004                        | CREDIT_CARD
            my SSN is 078-05-1120                           | SSN
            IBAN GB82 WEST 1234 5698 7654 32 please         | IBAN
            pay DE89370400440532013000                      | IBAN
            server 192.168.10.254 is down                   | IP_ADDRESS
            host 2001:db8:85a3::8a2e:370:7334               | IP_ADDRESS
            """)
    void findsValidatedPatterns(String text, String type) {
        assertThat(detector.detect(text.trim())).extracting(PiiMatch::type).containsExactly(type);
    }

    @ParameterizedTest(name = "nothing in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            card 4111 1111 1111 1112 (bad Luhn)
            version 1.2.3.4567 of the SDK
            released on 2024-01-31
            order number 12345
            order number 8765432 shipped
            invoice 501864667909 is due
            rerun 467 3395 times
            IP 999.1.1.1 is not valid
            SSN 000-12-3456 is impossible
            IBAN GB00 WEST 1234 5698 7654 32
            the meeting is at 10:30
            """)
    void rejectsLookAlikes(String text) {
        assertThat(detector.detect(text.trim())).isEmpty();
    }

    @Test
    void matchesCarryTheirSpanAndNullFails() {
        String t = "write to bob@example.org";
        PiiMatch m = detector.detect(t).get(0);
        assertThat(t.substring(m.start(), m.end())).isEqualTo("bob@example.org");
        assertThat(detector.containsPii("nothing personal here")).isFalse();
        assertThatThrownBy(() -> detector.detect(null)).isInstanceOf(NullPointerException.class);
    }
}
