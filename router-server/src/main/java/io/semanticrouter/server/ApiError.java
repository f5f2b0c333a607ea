package io.semanticrouter.server;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.util.regex.Pattern;

/**
 * An error answered in the OpenAI error shape: {@code {"error": {"message", "type", "param", "code"}}} with an
 * HTTP status.
 */
final class ApiError extends RuntimeException {

    final int status;
    final String type;
    final String param;
    final String code;

    ApiError(int status, String type, String code, String param, String message) {
        super(message);
        this.status = status;
        this.type = type;
        this.code = code;
        this.param = param;
    }

    /** 400, {@code invalid_request_error}. */
    static ApiError invalid(String param, String message) {
        return new ApiError(400, "invalid_request_error", null, param, message);
    }

    /** 400 with a code. */
    static ApiError invalid(String code, String param, String message) {
        return new ApiError(400, "invalid_request_error", code, param, message);
    }

    /**
     * 400 for a body that is not valid JSON: the parser's own message and where it stopped ("line 1, column 31"),
     * without the parser's internal description of its input.
     */
    static ApiError invalidJson(Exception e) {
        String why = "";
        if (e instanceof JsonProcessingException j) {
            JsonLocation at = j.getLocation();
            why = ": " + SOURCE.matcher(firstLine(j.getOriginalMessage())).replaceAll("line $1, column $2")
                    + (at == null || at.getLineNr() < 0 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
        } else if (e != null && e.getMessage() != null) {
            why = ": " + firstLine(e.getMessage());
        }
        return invalid(null, "the request body is not valid JSON" + why);
    }

    /** Jackson's description of its input inside a message ("[Source: REDACTED (...); line: 1, column: 31]"). */
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
