package io.semanticrouter.server;

import java.util.List;
import java.util.Map;

/**
 * One complete HTTP request as the gateway's handling sees it, independent of the server library: method, path
 * (without the query), headers (a case-insensitive map) and the whole body, already checked against
 * {@code server.max_body_bytes}.
 *
 * @param method  the request method, upper case as sent
 * @param path    the decoded path, e.g. {@code /v1/chat/completions}
 * @param headers every header field, names compared without regard to case
 * @param body    the body; empty when there is none
 */
record GatewayRequest(String method, String path, Map<String, List<String>> headers, byte[] body) {

    /** The first value of a header, or null. */
    String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
