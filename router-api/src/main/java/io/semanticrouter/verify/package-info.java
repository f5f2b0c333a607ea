/**
 * Hit verification: whether a cached answer may be served for a new question that embeds close to the cached
 * one. {@link io.semanticrouter.verify.HitVerifier} is the contract the router calls on every candidate hit;
 * {@link io.semanticrouter.verify.LexicalHitVerifier} is the default (word-level rules, a few microseconds);
 * {@link io.semanticrouter.verify.PairScorer} is the optional second stage;
 * {@link io.semanticrouter.eval.calibrate.ThresholdCalibrator} chooses threshold and rules from labelled pairs and
 * {@link io.semanticrouter.eval.calibrate.Calibration} saves them.
 */
package io.semanticrouter.verify;
