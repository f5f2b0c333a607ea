package io.semanticrouter.eval;

/** Input data that cannot be used; the message names the file and, where it applies, the line. Exit code 2. */
final class DataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DataException(String message) {
        super(message);
    }

    DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
