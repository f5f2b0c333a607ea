package io.semanticrouter.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code convert}: turns the public evaluation sets (read at run time from {@code ../shared/anchor-data}, never
 * copied into the repository) into the JSONL the other subcommands read.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert a public set under --source into router-eval JSONL.%n"
                + "Sets: vllm-sr-domain, vllm-sr-labels (routing); qqp, mrpc, stsb, vllm-sr-cache (cache-pairs);"
                + " qqp-train (the QQP pairs not in the qqp sample, for train-pair-scorer);"
                + " clinc150 (routing; out-of-scope labelled \"oos\"); jailbreak; xstest (its safe prompts, as benign); pii;"
                + " vllm-sr-pii (vLLM Semantic Router's e2e PII cases, a peer suite);"
                + " jailbreak-public (jailbreak-classification + JailbreakBench + XSTest, unsafe labelled jailbreak,"
                + " --split tune|test by text hash); vllm-sr-jailbreak (vLLM Semantic Router's e2e jailbreak cases).")
final class ConvertCommand implements Callable<Integer> {

    /** Presidio entity types and the names the pii subcommand uses. */
    private static final Map<String, String> PII_TYPES = Map.of(
            "EMAIL_ADDRESS", "EMAIL", "PHONE_NUMBER", "PHONE", "US_SSN", "SSN", "IBAN_CODE", "IBAN");

    /** The prefix of a vLLM Semantic Router PII case description that lists several types. */
    private static final String MULTIPLE = "Multiple PII types:";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "the set to convert")
    String set;

    @Option(names = "--out", required = true, description = "JSONL file to write")
    Path out;

    @Option(names = "--source", defaultValue = "../shared/anchor-data", description = "the anchor-data folder (default ${DEFAULT-VALUE})")
    Path source;

    @Option(names = "--split", description = "which split, where the set has several (mrpc: train|val|test; stsb: dev|test;"
            + " clinc150: train|val|test; jailbreak: train|test; jailbreak-public: tune|calibration|test and pii: tune|test|all by SHA-256"
            + " of the text, pii all when not given);"
            + " default test")
    String split = "test";

    @Override
    public Integer call() {
        if (!Files.isDirectory(source)) {
            throw new DataException(source + ": the anchor-data folder does not exist (give --source)");
        }
        List<ObjectNode> rows = switch (set) {
            case "vllm-sr-domain" -> vllmDomain();
            case "vllm-sr-labels" -> vllmLabels();
            case "vllm-sr-cache" -> vllmCache();
            case "qqp" -> qqp();
            case "qqp-train" -> qqpTrain();
            case "mrpc" -> mrpc();
            case "stsb" -> stsb();
            case "clinc150" -> clinc();
            case "jailbreak" -> jailbreak();
            case "xstest" -> xstest();
            case "pii" -> pii();
            case "vllm-sr-pii" -> vllmPii();
            case "jailbreak-public" -> jailbreakPublic();
            case "vllm-sr-jailbreak" -> vllmJailbreak();
            default -> throw new IllegalArgumentException("unknown set '" + set + "'; see --help for the list");
        };
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                for (ObjectNode row : rows) {
                    w.write(Jsonl.MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(row));
                    w.newLine();
                }
            }
        } catch (IOException e) {
            throw new DataException(out + ": cannot write: " + e.getMessage(), e);
        }
        spec.commandLine().getOut().printf("%s: %d records -> %s%n", set, rows.size(), out);
        return 0;
    }

    // --- sets ---

    private List<ObjectNode> vllmDomain() {
        JsonNode cases = json("vllm-sr/e2e/testcases/testdata/domain_classify_cases.json");
        List<ObjectNode> rows = new ArrayList<>();
        for (JsonNode c : cases) {
            rows.add(labelled(c.get("question").asText(), c.get("category").asText()));
        }
        return rows;
    }

    private List<ObjectNode> vllmLabels() {
        JsonNode labels = json("vllm-sr/config/knowledge_bases/mmlu/labels.json").get("labels");
        List<ObjectNode> rows = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = labels.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            for (JsonNode ex : e.getValue().get("exemplars")) {
                rows.add(labelled(ex.asText(), e.getKey()));
            }
        }
        return rows;
    }

    private List<ObjectNode> vllmCache() {
        List<ObjectNode> rows = new ArrayList<>();
        for (String file : List.of("vllm-sr/e2e/testcases/testdata/cache_cases.json",
                "vllm-sr/v0.1.0/e2e/testcases/testdata/cache_cases.json")) {
            if (!Files.exists(source.resolve(file))) {
                continue;
            }
            for (JsonNode group : json(file)) {
                for (JsonNode similar : group.get("similar_questions")) {
                    rows.add(pair(group.get("original_question").asText(), similar.asText(), 1,
                            group.get("category").asText()));
                }
            }
        }
        return rows;
    }

    private List<ObjectNode> qqp() {
        Path file = existing("datasets/B-gptcache-qqp/similiar_qqp_full.every8th.jsonl");
        return Jsonl.read(file, (line, i) -> pair(line.text("text_a"), line.text("text_b"),
                line.node().get("label").asInt(), "qqp"));
    }

    /**
     * The QQP pairs GPTCache ships that are not in the evaluation sample: the full file (a gzipped tar holding
     * one JSON list) minus every 8th row, which is what the sample holds. For training a pair scorer that is
     * then measured on the sample.
     */
    private List<ObjectNode> qqpTrain() {
        Path file = existing("gptcache/similiar_qqp_full.json.tar.gz");
        try (var tar = new org.apache.commons.compress.archivers.tar.TarArchiveInputStream(
                new java.util.zip.GZIPInputStream(Files.newInputStream(file)))) {
            for (var e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                if (!e.getName().endsWith(".json")) {
                    continue;
                }
                JsonNode all = Jsonl.MAPPER.readTree(tar);
                List<ObjectNode> rows = new ArrayList<>();
                for (int i = 0; i < all.size(); i++) {
                    if (i % 8 != 0) {
                        JsonNode r = all.get(i);
                        rows.add(pair(r.get("text_a").asText(), r.get("text_b").asText(), r.get("label").asInt(), "qqp"));
                    }
                }
                return rows;
            }
        } catch (IOException e) {
            throw new DataException(file + ": cannot read: " + e.getMessage(), e);
        }
        throw new DataException(file + ": no .json file inside");
    }

    /** XSTest's safe prompts (questions that only sound harmful), all labelled benign: the guard's false positives. */
    private List<ObjectNode> xstest() {
        Path file = existing("datasets/C-xstest/xstest_prompts.csv");
        List<ObjectNode> rows = new ArrayList<>();
        List<List<String>> records = Csv.parse(file);
        List<String> header = records.get(0);
        int prompt = header.indexOf("prompt");
        int label = header.indexOf("label");
        for (int i = 1; i < records.size(); i++) {
            List<String> r = records.get(i);
            if (r.size() > Math.max(prompt, label) && "safe".equals(r.get(label))) {
                ObjectNode row = Jsonl.MAPPER.createObjectNode();
                row.put("text", r.get(prompt));
                row.put("label", "benign");
                rows.add(row);
            }
        }
        return rows;
    }

    private List<ObjectNode> mrpc() {
        Path file = existing("datasets/B-mrpc/msr-para-" + split + ".tsv");
        List<ObjectNode> rows = new ArrayList<>();
        List<String> lines = lines(file);
        for (int i = 1; i < lines.size(); i++) { // header first
            String[] f = lines.get(i).split("\t", -1);
            if (f.length < 5) {
                throw new DataException(file + ":" + (i + 1) + ": expected 5 tab-separated fields, found " + f.length);
            }
            rows.add(pair(f[3], f[4], Integer.parseInt(f[0].trim()), "mrpc"));
        }
        return rows;
    }

    /** STS-B scores 0-5: at least 4 should hit, at most 1 must miss, the middle is left out. */
    private List<ObjectNode> stsb() {
        Path file = existing("datasets/B-stsbenchmark/sts-" + split + ".csv");
        List<ObjectNode> rows = new ArrayList<>();
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            if (f.length < 7) {
                throw new DataException(file + ":" + (i + 1) + ": expected at least 7 tab-separated fields");
            }
            double score = Double.parseDouble(f[4]);
            if (score >= 4) {
                rows.add(pair(f[5], f[6], 1, "stsb-high"));
            } else if (score <= 1) {
                rows.add(pair(f[5], f[6], 0, "stsb-low"));
            }
        }
        return rows;
    }

    private List<ObjectNode> clinc() {
        JsonNode all = json("datasets/A-clinc150/data_full.json");
        if (!all.has(split)) {
            throw new IllegalArgumentException("--split for clinc150 must be train, val or test, was '" + split + "'");
        }
        List<ObjectNode> rows = new ArrayList<>();
        for (String part : List.of(split, "oos_" + split)) {
            for (JsonNode u : all.get(part)) {
                rows.add(labelled(u.get(0).asText(), u.get(1).asText()));
            }
        }
        return rows;
    }

    private List<ObjectNode> jailbreak() {
        Path file = existing("datasets/C-jailbreak-classification/jailbreak_dataset_" + split + ".csv");
        List<List<String>> records = Csv.parse(file);
        List<ObjectNode> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) { // header: prompt,type
            List<String> r = records.get(i);
            if (r.size() < 2) {
                throw new DataException(file + ": record " + (i + 1) + " has " + r.size() + " fields, expected 2");
            }
            rows.add(labelled(r.get(0), r.get(1).trim()));
        }
        return rows;
    }

    /** The pooled public sets of {@link JailbreakSets}, one hash split; unsafe requests expect a block too. */
    private List<ObjectNode> jailbreakPublic() {
        if (!split.equals("tune") && !split.equals("test") && !split.equals("calibration")) {
            throw new IllegalArgumentException("--split for jailbreak-public must be tune, calibration (the part of tune"
                    + " where thresholds are chosen) or test, was '" + split + "'");
        }
        List<ObjectNode> rows = new ArrayList<>();
        for (JailbreakSets.Prompt p : JailbreakSets.read(source)) {
            if (split.equals("calibration") ? p.split().equals("tune") && p.calibration() : p.split().equals(split)) {
                ObjectNode row = labelled(p.text(), p.group() == JailbreakSets.Group.BENIGN ? "benign" : "jailbreak");
                row.put("kind", p.source() + ":" + p.group().name().toLowerCase(java.util.Locale.ROOT));
                rows.add(row);
            }
        }
        return rows;
    }

    /** vLLM Semantic Router's e2e jailbreak cases; all expect a block (a peer suite, public, not a test split). */
    private List<ObjectNode> vllmJailbreak() {
        List<ObjectNode> rows = new ArrayList<>();
        for (JsonNode c : json("vllm-sr/e2e/testcases/testdata/jailbreak_detection_cases.json")) {
            rows.add(labelled(c.get("question").asText(), c.path("expected_blocked").asBoolean(true) ? "jailbreak" : "benign"));
        }
        return rows;
    }

    private List<ObjectNode> pii() {
        JsonNode records = json("datasets/D-presidio-synth/synth_dataset_v2.json");
        String part = spec.commandLine().getParseResult().hasMatchedOption("--split") ? split : "all";
        List<ObjectNode> rows = new ArrayList<>();
        for (JsonNode r : records) {
            if (!HashSplit.keeps(part, r.get("full_text").asText())) {
                continue;
            }
            Set<String> types = new LinkedHashSet<>();
            for (JsonNode s : r.get("spans")) {
                String t = s.get("entity_type").asText();
                types.add(PII_TYPES.getOrDefault(t, t));
            }
            ObjectNode row = Jsonl.MAPPER.createObjectNode();
            row.put("text", r.get("full_text").asText());
            types.forEach(row.putArray("pii")::add);
            if (types.isEmpty()) {
                row.putArray("pii");
            }
            rows.add(row);
        }
        return rows;
    }

    /** The seed's e2e PII cases: the case's type plus every type its description lists, in our type names. */
    private List<ObjectNode> vllmPii() {
        JsonNode cases = json("vllm-sr/e2e/testcases/testdata/pii_detection_cases.json");
        List<ObjectNode> rows = new ArrayList<>();
        for (JsonNode c : cases) {
            Set<String> types = new LinkedHashSet<>();
            types.add(c.get("pii_type").asText());
            String description = c.path("description").asText("");
            if (description.startsWith(MULTIPLE)) {
                for (String t : description.substring(MULTIPLE.length()).split(",")) {
                    types.add(t.trim());
                }
            }
            ObjectNode row = Jsonl.MAPPER.createObjectNode();
            row.put("text", c.get("question").asText());
            var list = row.putArray("pii");
            types.forEach(t -> list.add(PII_TYPES.getOrDefault(t, t)));
            row.put("kind", description);
            rows.add(row);
        }
        return rows;
    }

    // --- helpers ---

    private static ObjectNode labelled(String text, String label) {
        ObjectNode n = Jsonl.MAPPER.createObjectNode();
        n.put("text", text);
        n.put("label", label);
        return n;
    }

    private static ObjectNode pair(String a, String b, int label, String kind) {
        ObjectNode n = Jsonl.MAPPER.createObjectNode();
        n.put("a", a);
        n.put("b", b);
        n.put("label", label);
        n.put("kind", kind);
        return n;
    }

    private Path existing(String relative) {
        Path file = source.resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new DataException(file + ": no such file");
        }
        return file;
    }

    private JsonNode json(String relative) {
        Path file = existing(relative);
        try {
            return Jsonl.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new DataException(file + ": not valid JSON: " + e.getMessage(), e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (!all.isEmpty() && all.get(0).startsWith("\uFEFF")) {
                all.set(0, all.get(0).substring(1));
            }
            all.removeIf(String::isBlank);
            return all;
        } catch (IOException e) {
            throw new DataException(file + ": cannot read: " + e.getMessage(), e);
        }
    }
}
