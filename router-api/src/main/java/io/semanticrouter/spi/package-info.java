/** Helpers for implementors of back ends (caches, embedders); not needed by application code. */
package io.semanticrouter.spi;
