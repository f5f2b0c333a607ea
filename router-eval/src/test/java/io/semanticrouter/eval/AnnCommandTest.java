package io.semanticrouter.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ann} once, on a few hundred entries of real MiniLM embeddings, with the graph forced on. */
class AnnCommandTest {

    @TempDir
    Path dir;

    @Test
    void annFillsTheIndexedCacheAndWritesTheFixedSummary() throws IOException {
        List<String> lines = new ArrayList<>();
        String[] things = {"a bicycle", "a laptop", "a garden", "a violin", "a kayak", "an oven", "a roof", "a printer"};
        String[] verbs = {"clean", "repair", "insure", "paint", "store", "sell"};
        for (String t : things) {
            for (String v : verbs) {
                lines.add(String.format(Locale.ROOT, "{\"text_a\": \"How do I %s %s?\", \"text_b\": \"Where can I %s %s cheaply?\"}",
                        v, t, v, t));
            }
        }
        Path data = dir.resolve("questions.jsonl");
        Files.write(data, lines, StandardCharsets.UTF_8);
        Path summary = dir.resolve("ann.json");

        RouterEvalTest.Run r = RouterEvalTest.run("ann", "--data", data.toString(), "--entries", "300", "--queries", "20",
                "--texts", "60", "--index-threshold", "0", "--json", summary.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("index on");
        JsonNode s = Jsonl.MAPPER.readTree(summary.toFile());
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = s.fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        assertThat(keys).containsExactly("entries", "recall_at_1", "p50_ms", "p99_ms", "exact_p50_ms", "build_s",
                "bytes_per_entry");
        assertThat(s.get("entries").asInt()).isEqualTo(300);
        assertThat(s.get("recall_at_1").asDouble()).isBetween(0.9, 1.0); // 300 entries: the graph finds the exact best
        assertThat(s.get("p50_ms").asDouble()).isPositive();
        assertThat(s.get("p99_ms").asDouble()).isGreaterThanOrEqualTo(s.get("p50_ms").asDouble());
        assertThat(s.get("bytes_per_entry").asLong()).isGreaterThan(4L * 384); // at least the vector itself

        RouterEvalTest.Run bad = RouterEvalTest.run("ann", "--data", data.toString(), "--entries", "0");
        assertThat(bad.exit()).isEqualTo(RouterEval.BAD_INPUT);
        assertThat(bad.err()).contains("--entries");

        RouterEvalTest.Run both = RouterEvalTest.run("ann", "--data", data.toString(), "--entries", "300", "--queries",
                "20", "--texts", "60", "--index-threshold", "0", "--scoring", "exact,int8", "--rerank", "4,32",
                "--walk", "direct,jvector", "--hit-patience", "0");
        assertThat(both.exit()).as(both.err()).isZero();
        assertThat(both.out()).contains("(exact, direct walk): recall@1", "(exact, jvector walk): recall@1",
                "(int8, re-rank 4, direct walk): recall@1", "(int8, re-rank 32, jvector walk): recall@1",
                "CPU time p50");
        RouterEvalTest.Run bits = RouterEvalTest.run("ann", "--data", data.toString(), "--entries", "300", "--queries",
                "20", "--texts", "60", "--index-threshold", "0", "--scoring", "bit,bit-int8", "--bit-rerank", "64",
                "--bit-margin", "0.1", "--prefetch", "on,off", "--hit-patience", "0");
        assertThat(bits.exit()).as(bits.err()).isZero();
        assertThat(bits.out()).contains("(bit, int8 re-rank 64, re-rank 16, direct walk): recall@1",
                "(bit, int8 re-rank 64, re-rank 16, direct walk, no prefetch): recall@1",
                "(bit-int8, margin 0.100, re-rank 16, direct walk): recall@1", "with the finer codes");
        RouterEvalTest.Run patient = RouterEvalTest.run("ann", "--data", data.toString(), "--entries", "300", "--queries",
                "20", "--texts", "60", "--index-threshold", "0", "--patience", "0,8", "--hit-patience", "0");
        assertThat(patient.exit()).as(patient.err()).isZero();
        assertThat(patient.out()).contains("(int8, re-rank 16, direct walk): recall@1",
                "(int8, re-rank 16, direct walk, patience 8 (ended ");
        RouterEvalTest.Run seeded = RouterEvalTest.run("ann", "--data", data.toString(), "--entries", "300", "--queries",
                "20", "--texts", "60", "--index-threshold", "0", "--entry-seeds", "1,8");
        assertThat(seeded.exit()).as(seeded.err()).isZero();
        assertThat(seeded.out()).contains("(int8, re-rank 16, direct walk, entry seeds 1, hit patience 50",
                "(int8, re-rank 16, direct walk, entry seeds 8, hit patience 50");
        RouterEvalTest.Run clustered = RouterEvalTest.run("ann", "--data", data.toString(), "--entries", "300", "--queries",
                "20", "--texts", "60", "--index-threshold", "0", "--index", "clusters", "--probes", "2,8", "--hit-probes", "1");
        assertThat(clustered.exit()).as(clustered.err()).isZero();
        assertThat(clustered.out()).contains("index on", "  probes 2 (clusters, int8, re-rank 16, hit probes 1): recall@1",
                "  probes 8 (clusters, int8, re-rank 16, hit probes 1): recall@1");
        RouterEvalTest.Run badIndex = RouterEvalTest.run("ann", "--data", data.toString(), "--entries", "300",
                "--index", "lsh");
        assertThat(badIndex.exit()).isEqualTo(RouterEval.BAD_INPUT);
        assertThat(badIndex.err()).contains("--index takes graph or clusters, was lsh");
        RouterEvalTest.Run badGroups = RouterEvalTest.run("ann", "--data", data.toString(), "--entries", "300",
                "--group-probes", "0");
        assertThat(badGroups.exit()).isEqualTo(RouterEval.BAD_INPUT);
        assertThat(badGroups.err()).contains("--group-probes values must be in [1, 65536], were [0]");
        RouterEvalTest.Run badProbes = RouterEvalTest.run("ann", "--data", data.toString(), "--entries", "300",
                "--probes", "0");
        assertThat(badProbes.exit()).isEqualTo(RouterEval.BAD_INPUT);
        assertThat(badProbes.err()).contains("--probes values must be in [1, 65536], were [0]");
        RouterEvalTest.Run badSeeds = RouterEvalTest.run("ann", "--data", data.toString(), "--entries", "300",
                "--entry-seeds", "0");
        assertThat(badSeeds.exit()).isEqualTo(RouterEval.BAD_INPUT);
        assertThat(badSeeds.err()).contains("--entry-seeds values must be in [1, 1024], were [0]");
        RouterEvalTest.Run badPatience = RouterEvalTest.run("ann", "--data", data.toString(), "--entries", "300",
                "--patience", "-1");
        assertThat(badPatience.exit()).isEqualTo(RouterEval.BAD_INPUT);
        assertThat(badPatience.err()).contains("--patience values must be in [0, 100000], were [-1]");
        RouterEvalTest.Run badPrefetch = RouterEvalTest.run("ann", "--data", data.toString(), "--entries", "300",
                "--prefetch", "maybe");
        assertThat(badPrefetch.exit()).isEqualTo(RouterEval.BAD_INPUT);
        assertThat(badPrefetch.err()).contains("--prefetch takes off or on, was maybe");
        RouterEvalTest.Run badWalk = RouterEvalTest.run("ann", "--data", data.toString(), "--entries", "300",
                "--walk", "lucene");
        assertThat(badWalk.exit()).isEqualTo(RouterEval.BAD_INPUT);
        assertThat(badWalk.err()).contains("--walk takes direct or jvector, was lucene");
        RouterEvalTest.Run badScoring = RouterEvalTest.run("ann", "--data", data.toString(), "--entries", "300",
                "--scoring", "pq");
        assertThat(badScoring.exit()).isEqualTo(RouterEval.BAD_INPUT);
        assertThat(badScoring.err()).contains("--scoring takes exact, int8, bit or bit-int8, was pq");
    }

    @Test
    void annLooksUpParaphrasesOfStoredQuestionsAndReportsTheHitsAtAThreshold() throws IOException {
        List<String> lines = new ArrayList<>();
        String[] things = {"a bicycle", "a laptop", "a garden", "a violin", "a kayak", "an oven", "a roof", "a printer"};
        String[] verbs = {"clean", "repair", "insure", "paint", "store", "sell"};
        for (String t : things) {
            for (String v : verbs) { // no label: every pair counts as a duplicate pair
                lines.add(String.format(Locale.ROOT, "{\"text_a\": \"How do I %s %s?\", \"text_b\": \"How can I %s %s?\"}",
                        v, t, v, t));
            }
        }
        lines.add("{\"text_a\": \"Is the sky blue?\", \"text_b\": \"Why is grass green?\", \"label\": 0}");
        Path data = dir.resolve("pairs.jsonl");
        Files.write(data, lines, StandardCharsets.UTF_8);

        RouterEvalTest.Run r = RouterEvalTest.run("ann", "--data", data.toString(), "--entries", "300", "--queries", "20",
                "--texts", "60", "--index-threshold", "0", "--queries-kind", "paraphrase,heldout", "--threshold", "0.8",
                "--hit-patience", "0,8");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("20 paraphrase queries, index on", "20 held-out queries, index on",
                "(int8, re-rank 16, direct walk, hit patience 8 (ended ", "at threshold 0.800: exact answer a hit for ");
        // a paraphrase differs from its stored question in one word: every such query's exact answer is a hit
        assertThat(r.out()).contains("exact answer a hit for 1.0000 of queries (cache hits 1.0000); recall@1 over those 1.0000");

        RouterEvalTest.Run tooMany = RouterEvalTest.run("ann", "--data", data.toString(), "--entries", "300", "--queries",
                "49", "--texts", "60", "--queries-kind", "paraphrase");
        assertThat(tooMany.exit()).isNotZero();
        assertThat(tooMany.err()).contains("found 48 usable duplicate pairs for --queries 49");
        RouterEvalTest.Run badKind = RouterEvalTest.run("ann", "--data", data.toString(), "--entries", "300",
                "--queries-kind", "random");
        assertThat(badKind.exit()).isEqualTo(RouterEval.BAD_INPUT);
        assertThat(badKind.err()).contains("--queries-kind takes heldout or paraphrase, was random");
        RouterEvalTest.Run badThreshold = RouterEvalTest.run("ann", "--data", data.toString(), "--entries", "300",
                "--threshold", "1.5");
        assertThat(badThreshold.exit()).isEqualTo(RouterEval.BAD_INPUT);
        assertThat(badThreshold.err()).contains("--threshold must be in (0, 1], was 1.5");
        RouterEvalTest.Run badHit = RouterEvalTest.run("ann", "--data", data.toString(), "--entries", "300",
                "--hit-patience", "-2");
        assertThat(badHit.exit()).isEqualTo(RouterEval.BAD_INPUT);
        assertThat(badHit.err()).contains("--hit-patience values must be in [0, 100000], were [-2]");
    }
}
