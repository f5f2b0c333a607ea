/**
 * The Spring Boot starter: {@link io.semanticrouter.spring.boot.SemanticRouterAutoConfiguration} builds a
 * {@code SemanticRouter} from {@link io.semanticrouter.spring.boot.SemanticRouterProperties}
 * ({@code semantic-router.*}, the gateway's YAML vocabulary) and exposes its faces, meters and health.
 */
package io.semanticrouter.spring.boot;
