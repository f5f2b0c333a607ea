package io.semanticrouter;

/**
 * A check that runs on every request after the question is embedded and before a model is chosen: it may let
 * the request through, restrict which models may receive it (personal data), or block it (a jailbreak
 * attempt). A blocked request never reaches a model and never touches the cache.
 *
 * <p>Implementations must be thread-safe and cheap (they run on the request thread). A guard that throws
 * blocks the request: a safety check that cannot run does not wave traffic through.
 */
@FunctionalInterface
public interface RequestGuard {

    /**
     * Checks one request.
     *
     * @return the verdict; never null
     */
    GuardVerdict check(RequestContext context);
}
