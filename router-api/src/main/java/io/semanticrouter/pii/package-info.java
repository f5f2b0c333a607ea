/**
 * Personal data detection: {@link io.semanticrouter.pii.PiiDetector} and the validated pattern detector
 * {@link io.semanticrouter.pii.PatternPiiDetector} the router uses to keep personal data out of the shared
 * cache scope.
 */
package io.semanticrouter.pii;
