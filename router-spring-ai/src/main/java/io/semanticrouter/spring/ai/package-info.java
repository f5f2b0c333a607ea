/**
 * The router and Spring AI, both ways: {@link io.semanticrouter.spring.ai.RouterSpringAiChatModel} makes a
 * {@code SemanticRouter} a Spring AI {@code ChatModel} (blocking, and streaming through {@code Flux});
 * {@link io.semanticrouter.spring.ai.SpringAiChatModelAdapter} and
 * {@link io.semanticrouter.spring.ai.SpringAiStreamingChatModelAdapter} make Spring AI chat models routed
 * models (LangChain4j {@code ChatModel} / {@code StreamingChatModel}, which the router calls).
 */
package io.semanticrouter.spring.ai;
