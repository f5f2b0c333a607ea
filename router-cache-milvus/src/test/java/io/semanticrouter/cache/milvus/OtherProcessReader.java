package io.semanticrouter.cache.milvus;

import io.semanticrouter.CacheException;
import io.semanticrouter.CacheQuery;
import io.semanticrouter.Embedding;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The second process of {@link MilvusTwoProcessTest}: a JVM of its own with two caches on the shared
 * collection (one Session, one Strong). It reads commands on stdin and answers on stdout:
 * {@code SESSION axis} polls the Session cache until the entry on that axis is served and answers
 * {@code SEEN millis lookups}; {@code STRONG axis} makes one Strong lookup and answers {@code HIT} or
 * {@code MISS}; {@code QUIT} ends it.
 */
public final class OtherProcessReader {

    private OtherProcessReader() {
    }

    public static void main(String[] args) throws Exception {
        String uri = args[0];
        String collection = args[1];
        int dim = Integer.parseInt(args[2]);
        MilvusSemanticCache session = cache(uri, collection, MilvusCacheConfig.Consistency.SESSION);
        MilvusSemanticCache strong = cache(uri, collection, MilvusCacheConfig.Consistency.STRONG);
        try (session; strong) {
            session.initialize();
            strong.initialize();
            System.out.println("READY");
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line; (line = in.readLine()) != null; ) {
                String[] cmd = line.trim().split(" ");
                if (cmd[0].equals("QUIT")) {
                    break;
                }
                Embedding e = unit(dim, Integer.parseInt(cmd[1]));
                if (cmd[0].equals("SESSION")) {
                    long start = System.nanoTime();
                    int lookups = 0;
                    String answer = "TIMEOUT";
                    while (System.nanoTime() - start < Duration.ofSeconds(60).toNanos()) {
                        lookups++;
                        if (hit(session, e)) {
                            answer = "SEEN " + (System.nanoTime() - start) / 1_000_000 + " " + lookups;
                            break;
                        }
                        Thread.sleep(5);
                    }
                    System.out.println(answer);
                } else {
                    System.out.println(hit(strong, e) ? "HIT" : "MISS");
                }
                System.out.flush();
            }
        }
    }

    private static boolean hit(MilvusSemanticCache cache, Embedding e) {
        try {
            return cache.search(new CacheQuery("shared", "q", e), 1).get(0).isHit();
        } catch (CacheException notOpenYet) {
            return false;
        }
    }

    private static MilvusSemanticCache cache(String uri, String collection, MilvusCacheConfig.Consistency level) {
        return MilvusSemanticCache.builder()
                .config(TestConfig.builder().uri(uri).collection(collection).consistency(level)
                        .requestTimeout(Duration.ofSeconds(10)).build())
                .build();
    }

    static Embedding unit(int dim, int axis) {
        float[] v = new float[dim];
        v[axis] = 1;
        return Embedding.of(v);
    }
}
