/** Small in-process learners shared by the verification and routing signals. */
package io.semanticrouter.learn;
