/**
 * Hit verification: whether a cached answer may be served for a new question that embeds close to the cached
 * one. {@link io.semanticrouter.verify.HitVerifier} is the contract the router calls on every candidate hit;
 * {@code LexicalHitVerifier} (router-core) is the default (word-level rules, a few microseconds);
 * {@code PairScorer} (router-core) is the optional second stage;
 * {@code ThresholdCalibrator} (router-eval) chooses threshold and rules from labelled pairs and
 * {@code Calibration} saves them.
 */
package io.semanticrouter.verify;
