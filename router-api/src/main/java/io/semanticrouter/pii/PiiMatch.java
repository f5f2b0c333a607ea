package io.semanticrouter.pii;

import java.util.Objects;

/**
 * One piece of personal data found in a text.
 *
 * @param type  the kind, upper case: {@code EMAIL}, {@code PHONE}, {@code CREDIT_CARD}, {@code SSN},
 *              {@code IBAN}, {@code IP_ADDRESS}, or a model's label such as {@code PERSON}
 * @param start index of the first character in the text
 * @param end   index after the last character
 */
public record PiiMatch(String type, int start, int end) {
    public PiiMatch {
        Objects.requireNonNull(type, "type");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
