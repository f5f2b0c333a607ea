/**
 * An offline stand-in chat model ({@link io.semanticrouter.demo.DemoChatModel}) for demos and tests: it needs no
 * LLM, no network and no key, and says plainly in every answer that it is not a real model.
 */
package io.semanticrouter.demo;
