/**
 * The gateway's configuration: one YAML file, read by {@link io.semanticrouter.server.config.RouterConfig#load}
 * and turned into a running router by {@link io.semanticrouter.server.config.RouterFactory}.
 */
package io.semanticrouter.server.config;
