/**
 * Personal data detection: {@link io.semanticrouter.pii.PiiDetector} and the validated pattern detector
 * {@code PatternPiiDetector} (router-core) the router uses to keep personal data out of the shared
 * cache scope.
 */
package io.semanticrouter.pii;
