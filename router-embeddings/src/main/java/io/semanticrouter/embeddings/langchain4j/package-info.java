/**
 * LangChain4j embedding models both ways: {@link io.semanticrouter.embeddings.langchain4j.EmbeddingModelEmbedder}
 * makes any LangChain4j {@code EmbeddingModel} (a remote embedding API, for instance) the router's
 * {@link io.semanticrouter.Embedder}; {@link io.semanticrouter.embeddings.langchain4j.EmbedderEmbeddingModel} makes
 * the router's embedder ({@code OnnxEmbedder}) a LangChain4j {@code EmbeddingModel}, so that one MiniLM instance
 * serves retrieval and routing.
 */
package io.semanticrouter.embeddings.langchain4j;
