package io.semanticrouter.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import io.semanticrouter.Embedder;
import io.semanticrouter.Embedding;
import io.semanticrouter.ToolSelection;
import io.semanticrouter.ToolSelectionOutcome;
import io.semanticrouter.ToolSelector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code tools}: how often tool auto-selection ({@link ToolSelector}, the router's own code) keeps the tools a
 * request needs, and how many prompt tokens it saves. The catalogue holds one tool a line in the OpenAI shape
 * ({@code {"type": "function", "function": {"name", "description", "parameters"}}}); each request line
 * ({@code {"id", "request", "needed", "offered", "split", "kind"}}) names the tools the client offers and the
 * ones the task needs. A request's prompt tokens for tools are estimated as the characters of the offered (or
 * kept) tools' compact JSON, as an OpenAI request carries them, divided by four.
 */
@Command(name = "tools", mixinStandardHelpOptions = true,
        description = "Tool auto-selection: kept rate of the needed tools and prompt tokens saved.")
final class ToolsCommand implements Callable<Integer> {

    private static final ObjectMapper COMPACT = new ObjectMapper();
    /** The top k values {@code --sweep} reports. */
    static final int[] SWEEP = {1, 2, 3, 4, 5, 6, 8, 10, 15, 20};

    @Spec
    CommandSpec spec;

    @Option(names = "--catalogue", required = true, split = ",", description = "the tools, one OpenAI tool object a"
            + " line (JSONL); several files separated by commas are read as one catalogue (tool names unique across"
            + " them), and a request's optional \"catalogue\" field names the file its tools come from")
    List<Path> catalogue;

    @Option(names = "--requests", required = true, description = "labelled requests (JSONL)")
    Path requests;

    @Option(names = "--top-k", defaultValue = "5", description = "tools kept by similarity (default ${DEFAULT-VALUE})")
    int topK;

    @Option(names = "--min-similarity", defaultValue = "-1", description = "similarity floor in [-1, 1] (default none)")
    double minSimilarity;

    @Option(names = "--text", defaultValue = "NAME_DESCRIPTION_PARAMETERS",
            description = "what a tool is embedded as: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    ToolSelection.Text text;

    @Option(names = "--lexical-weight", defaultValue = "0.05",
            description = "weight of the word overlap (BM25) next to the cosine (default ${DEFAULT-VALUE})")
    double lexicalWeight;

    @Option(names = "--clauses", defaultValue = "OFF",
            description = "questions of several clauses: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    ToolSelection.Clauses clauses;

    @Option(names = "--language-gate", defaultValue = "true", arity = "1",
            description = "keep every tool when the question does not read as English (default ${DEFAULT-VALUE})")
    boolean languageGate;

    @Option(names = "--min-english-share", defaultValue = "0.7",
            description = "share of English words the language gate needs, in [0, 1] (default ${DEFAULT-VALUE})")
    double minEnglishShare;

    @Option(names = "--widen-below", defaultValue = "0.3",
            description = "best cosine under which up to --widen-to tools are kept; -1: never (default ${DEFAULT-VALUE})")
    double widenBelow;

    @Option(names = "--widen-to", defaultValue = "0",
            description = "tools a widened question keeps at most; 0: twice top k (default ${DEFAULT-VALUE})")
    int widenTo;

    @Option(names = "--query-adapter", defaultValue = "true", arity = "1",
            description = "rank through the query adapter shipped for the embedder, if one is (default ${DEFAULT-VALUE})")
    boolean queryAdapter;

    @Option(names = "--split", defaultValue = "all", description = "tune, test or all (the requests' split field)")
    String split;

    @Option(names = "--sweep", description = "also report the kept rate and tokens saved for several top k")
    boolean sweep;

    @Option(names = "--embedder", description = EmbedderOption.HELP)
    String embedder;

    @Option(names = "--json", description = "write the summary object here")
    Path json;

    @Option(names = "--misses", description = "write the requests whose needed tools were not all kept here"
            + " (one a line: id, kind, tools offered, request, needed, kept)")
    Path misses;

    @Option(names = "--dump", description = "write, for training a query adapter, each tool's text and embedding and"
            + " each request's embedding and whether the language gate stood down (JSON)")
    Path dump;

    /** One labelled request. */
    record Request(String id, String text, List<String> needed, List<String> offered, String split, String kind) {
    }

    /**
     * The catalogue: each tool as the selector sees it, its estimated prompt tokens, and the name of the file it
     * was read from.
     */
    record Catalogue(Map<String, ToolSpecification> tools, Map<String, Integer> tokens, Map<String, String> files) {
    }

    /** What selection kept for one request. */
    record Outcome(boolean allNeededKept, int offered, int kept, int tokensFull, int tokensKept, List<String> keptNames,
                   String flag) {
    }

    @Override
    public Integer call() {
        if (!List.of("tune", "test", "all").contains(split)) {
            throw new IllegalArgumentException("--split must be tune, test or all, was '" + split + "'");
        }
        ToolSelection settings = settings(topK);
        Catalogue cat = catalogue(catalogue);
        List<Request> rows = requests(requests, cat).stream().filter(r -> split.equals("all") || split.equals(r.split()))
                .toList();
        if (rows.isEmpty()) {
            throw new DataException(requests + ": no request in split '" + split + "'");
        }
        try (Embedder model = EmbedderOption.load(embedder)) {
            ToolSelector selector = new ToolSelector(model, cat.tools().size() + 1);
            List<Embedding> questions = model.embedAll(rows.stream().map(Request::text).toList());
            List<Outcome> outcomes = run(selector, settings, cat, rows, questions);
            double msPerRequest = Double.MAX_VALUE;
            for (int pass = 0; pass < 5; pass++) { // again, every tool embedding cached: the selection alone
                long t0 = System.nanoTime();
                run(selector, settings, cat, rows, questions);
                msPerRequest = Math.min(msPerRequest, (System.nanoTime() - t0) / 1e6 / rows.size());
            }
            Map<String, Object> summary = summary(settings, rows, outcomes);
            summary.put("query_adapter", settings.queryAdapter() && selector.queryAdapter().isPresent());
            summary.put("select_ms_per_request", msPerRequest);
            PrintWriter out = spec.commandLine().getOut();
            print(out, summary);
            if (sweep) {
                sweep(out, selector, settings, cat, rows, questions);
            }
            if (json != null) {
                Jsonl.writeSummary(json, summary);
            }
            if (misses != null) {
                writeMisses(misses, rows, outcomes);
            }
            if (dump != null) {
                writeDump(dump, model, cat, rows, questions, outcomes);
            }
        }
        return 0;
    }

    /** The settings the options give, with {@code k} tools kept by similarity. */
    private ToolSelection settings(int k) {
        ToolSelection.Builder b = ToolSelection.builder().topK(k).minSimilarity(minSimilarity).text(text)
                .lexicalWeight(lexicalWeight).clauses(clauses).languageGate(languageGate)
                .minEnglishShare(minEnglishShare).widenBelow(widenBelow).queryAdapter(queryAdapter);
        if (widenTo > 0) {
            b.widenTo(Math.max(k, widenTo));
        }
        return b.build();
    }

    static List<Outcome> run(ToolSelector selector, ToolSelection settings, Catalogue cat, List<Request> rows,
                             List<Embedding> questions) {
        List<Outcome> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Request r = rows.get(i);
            List<ToolSpecification> offered = r.offered().stream().map(cat.tools()::get).toList();
            ToolSelector.Result result = selector.select(settings, r.text(), questions.get(i), offered, Set.of());
            List<ToolSpecification> kept = result.kept();
            Set<String> names = new HashSet<>();
            int tokensKept = 0;
            for (ToolSpecification t : kept) {
                names.add(t.name());
                tokensKept += cat.tokens().get(t.name());
            }
            int tokensFull = r.offered().stream().mapToInt(cat.tokens()::get).sum();
            out.add(new Outcome(names.containsAll(r.needed()), offered.size(), kept.size(), tokensFull, tokensKept,
                    kept.stream().map(ToolSpecification::name).toList(),
                    result.outcome() == null ? null : result.outcome().flag()));
        }
        return out;
    }

    /** The fixed summary keys, and the kept rate per kind of request and per size of the offered list. */
    Map<String, Object> summary(ToolSelection settings, List<Request> rows, List<Outcome> outcomes) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("split", split);
        s.put("top_k", settings.topK());
        s.put("min_similarity", settings.minSimilarity());
        s.put("text", settings.text().name());
        s.put("lexical_weight", settings.lexicalWeight());
        s.put("clauses", settings.clauses().name());
        s.put("requests", rows.size());
        s.put("kept_rate", rate(outcomes));
        s.put("mean_offered", outcomes.stream().mapToInt(Outcome::offered).average().orElse(0));
        s.put("mean_kept", outcomes.stream().mapToInt(Outcome::kept).average().orElse(0));
        double full = outcomes.stream().mapToInt(Outcome::tokensFull).average().orElse(0);
        double kept = outcomes.stream().mapToInt(Outcome::tokensKept).average().orElse(0);
        s.put("prompt_tokens_full", full);
        s.put("prompt_tokens_kept", kept);
        s.put("tokens_saved_rate", full == 0 ? 0.0 : 1 - kept / full);
        s.put("token_estimate", "mean per request: characters of the tools' compact OpenAI JSON / 4");
        Map<String, List<Outcome>> byKind = new TreeMap<>();
        Map<String, List<Outcome>> bySize = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            byKind.computeIfAbsent(rows.get(i).kind(), k -> new ArrayList<>()).add(outcomes.get(i));
            bySize.computeIfAbsent(sizeBucket(outcomes.get(i).offered()), k -> new ArrayList<>()).add(outcomes.get(i));
        }
        s.put("per_kind", rates(byKind));
        s.put("per_offered", rates(bySize));
        s.put("language_gate", settings.languageGate());
        s.put("min_english_share", settings.minEnglishShare());
        s.put("stood_down_rate", flagged(outcomes, ToolSelectionOutcome.LANGUAGE));
        s.put("widen_below", settings.widenBelow());
        s.put("widen_to", settings.widenTo());
        s.put("widened_rate", flagged(outcomes, ToolSelectionOutcome.WIDENED));
        return s;
    }

    /**
     * Per group: requests and kept rate, then mean tools kept, tokens saved and the share of requests where
     * selection stood down (every tool kept, nothing saved).
     */
    private static Map<String, Object> rates(Map<String, List<Outcome>> groups) {
        Map<String, Object> out = new LinkedHashMap<>();
        groups.forEach((k, v) -> {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("requests", v.size());
            g.put("kept_rate", rate(v));
            g.put("mean_kept", v.stream().mapToInt(Outcome::kept).average().orElse(0));
            g.put("tokens_saved_rate", saved(v));
            g.put("stood_down_rate", flagged(v, ToolSelectionOutcome.LANGUAGE));
            g.put("widened_rate", flagged(v, ToolSelectionOutcome.WIDENED));
            out.put(k, g);
        });
        return out;
    }

    /** The share of the prompt tokens of the offered tools that were not sent, over all the outcomes. */
    static double saved(List<Outcome> outcomes) {
        double full = outcomes.stream().mapToInt(Outcome::tokensFull).sum();
        double kept = outcomes.stream().mapToInt(Outcome::tokensKept).sum();
        return full == 0 ? 0 : 1 - kept / full;
    }

    /** The share of the outcomes whose selection carries {@code flag}. */
    static double flagged(List<Outcome> outcomes, String flag) {
        return outcomes.isEmpty() ? 0 : (double) outcomes.stream().filter(o -> flag.equals(o.flag())).count() / outcomes.size();
    }

    static String sizeBucket(int offered) {
        return offered <= 25 ? "a: 1-25 tools" : offered <= 80 ? "b: 26-80 tools" : "c: 81+ tools";
    }

    static double rate(List<Outcome> outcomes) {
        return outcomes.isEmpty() ? 0 : (double) outcomes.stream().filter(Outcome::allNeededKept).count() / outcomes.size();
    }

    @SuppressWarnings("unchecked")
    private void print(PrintWriter out, Map<String, Object> s) {
        out.printf(Locale.ROOT, "tools: %s, split %s, %d requests, top_k %d, min_similarity %s, text %s, lexical_weight %s,"
                + " clauses %s, language_gate %s (min_english_share %s), widen_below %s (widen_to %s),"
                + " query_adapter %s%n%n",
                requests.getFileName(), split, s.get("requests"), s.get("top_k"), s.get("min_similarity"), s.get("text"),
                s.get("lexical_weight"), s.get("clauses"), s.get("language_gate"), s.get("min_english_share"),
                s.get("widen_below"), s.get("widen_to"), s.get("query_adapter"));
        Table t = new Table("requests", "kept_rate", "mean_offered", "mean_kept", "prompt_tokens_full",
                "prompt_tokens_kept", "tokens_saved_rate");
        t.row(s.get("requests"), s.get("kept_rate"), s.get("mean_offered"), s.get("mean_kept"), s.get("prompt_tokens_full"),
                s.get("prompt_tokens_kept"), s.get("tokens_saved_rate"));
        t.print(out);
        out.println();
        t = new Table("stood_down_rate", "widened_rate");
        t.row(s.get("stood_down_rate"), s.get("widened_rate"));
        t.print(out);
        for (String group : List.of("per_kind", "per_offered")) {
            out.println();
            Table g = new Table(group.equals("per_kind") ? "kind" : "offered", "requests", "kept_rate", "mean_kept",
                    "tokens_saved_rate", "stood_down_rate", "widened_rate");
            ((Map<String, Map<String, Object>>) s.get(group)).forEach((k, v) -> g.row(k, v.get("requests"), v.get("kept_rate"),
                    v.get("mean_kept"), v.get("tokens_saved_rate"), v.get("stood_down_rate"), v.get("widened_rate")));
            g.print(out);
        }
        out.println();
        out.println("prompt tokens: " + s.get("token_estimate"));
        out.printf(Locale.ROOT, "selection, tool embeddings cached: %.3f ms per request (mean of the fastest of 5 passes;"
                + " the question's embedding not included)%n", (Double) s.get("select_ms_per_request"));
        out.flush();
    }

    private void sweep(PrintWriter out, ToolSelector selector, ToolSelection settings, Catalogue cat, List<Request> rows,
                       List<Embedding> questions) {
        out.println();
        Table t = new Table("top_k", "kept_rate", "mean_kept", "tokens_saved_rate", "stood_down_rate", "widened_rate");
        for (int k : SWEEP) {
            ToolSelection s = settings(k);
            List<Outcome> o = run(selector, s, cat, rows, questions);
            double full = o.stream().mapToInt(Outcome::tokensFull).sum();
            double kept = o.stream().mapToInt(Outcome::tokensKept).sum();
            t.row(k, rate(o), o.stream().mapToInt(Outcome::kept).average().orElse(0), 1 - kept / full,
                    flagged(o, ToolSelectionOutcome.LANGUAGE), flagged(o, ToolSelectionOutcome.WIDENED));
        }
        t.print(out);
        out.flush();
    }

    private static void writeMisses(Path file, List<Request> rows, List<Outcome> outcomes) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            Request r = rows.get(i);
            if (!outcomes.get(i).allNeededKept()) {
                b.append(String.join("\t", r.id(), r.kind(), String.valueOf(r.offered().size()), r.text(),
                        String.join(",", r.needed()), String.join(",", outcomes.get(i).keptNames()))).append('\n');
            }
        }
        try {
            java.nio.file.Files.writeString(file, b);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("could not write " + file, e);
        }
    }

    /**
     * The embeddings the selector compares, for training and cross-validating a query adapter outside the JVM
     * ({@code tools/toolsel/}): per tool its text and embedding, per request its fields, embedding and whether
     * selection stood down for its language.
     */
    private void writeDump(Path file, Embedder model, Catalogue cat, List<Request> rows, List<Embedding> questions,
                           List<Outcome> outcomes) {
        List<String> names = new ArrayList<>(cat.tools().keySet());
        List<String> texts = names.stream().map(n -> ToolSelector.text(cat.tools().get(n), text)).toList();
        List<Embedding> toolVectors = model.embedAll(texts);
        List<Map<String, Object>> tools = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            tools.add(Map.of("name", names.get(i), "text", texts.get(i), "embedding", toolVectors.get(i).vector()));
        }
        List<Map<String, Object>> reqs = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Request r = rows.get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("request", r.text());
            m.put("needed", r.needed());
            m.put("offered", r.offered());
            m.put("split", r.split());
            m.put("kind", r.kind());
            m.put("stood_down", ToolSelectionOutcome.LANGUAGE.equals(outcomes.get(i).flag()));
            m.put("embedding", questions.get(i).vector());
            reqs.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("embedding_model", model.modelId());
        out.put("tools", tools);
        out.put("requests", reqs);
        try {
            COMPACT.writeValue(file.toFile(), out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("could not write " + file, e);
        }
    }

    /** Reads one catalogue file; see {@link #catalogue(List)}. */
    static Catalogue catalogue(Path file) {
        return catalogue(List.of(file));
    }

    /**
     * Reads the catalogue files as one: names must be unique across them; parameters keep their names and
     * descriptions.
     */
    static Catalogue catalogue(List<Path> files) {
        Map<String, ToolSpecification> tools = new LinkedHashMap<>();
        Map<String, Integer> tokens = new LinkedHashMap<>();
        Map<String, String> from = new LinkedHashMap<>();
        for (Path file : files) {
            readCatalogue(file, tools, tokens, from);
        }
        return new Catalogue(tools, tokens, from);
    }

    private static void readCatalogue(Path file, Map<String, ToolSpecification> tools, Map<String, Integer> tokens,
                                      Map<String, String> from) {
        String fileName = file.getFileName().toString();
        Jsonl.read(file, (line, i) -> {
            JsonNode f = line.node().path("function");
            if (!f.path("name").isTextual()) {
                throw line.error("expected {\"type\": \"function\", \"function\": {\"name\": ...}}");
            }
            String name = f.get("name").asText();
            if (tools.containsKey(name)) {
                throw line.error("tool '" + name + "' appears twice"
                        + (fileName.equals(from.get(name)) ? "" : " (also in " + from.get(name) + ")"));
            }
            tools.put(name, specification(name, f));
            tokens.put(name, estimateTokens(line.node()));
            from.put(name, fileName);
            return name;
        });
    }

    /** The tool as the selector reads it: the name, the description, each parameter's name and description. */
    private static ToolSpecification specification(String name, JsonNode f) {
        JsonObjectSchema.Builder params = JsonObjectSchema.builder();
        f.path("parameters").path("properties").fields().forEachRemaining(p -> params.addProperty(p.getKey(),
                JsonStringSchema.builder().description(p.getValue().path("description").asText(null)).build()));
        return ToolSpecification.builder().name(name).description(f.path("description").asText(null))
                .parameters(params.build()).build();
    }

    /** Characters of the tool's compact JSON divided by four, rounded up. */
    static int estimateTokens(JsonNode tool) {
        try {
            return (COMPACT.writeValueAsString(tool).length() + 3) / 4;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the requests; every offered and needed tool must be in the catalogue, needed within offered. */
    static List<Request> requests(Path file, Catalogue cat) {
        return Jsonl.read(file, (line, i) -> {
            List<String> needed = names(line, "needed");
            List<String> offered = names(line, "offered");
            String named = line.optionalText("catalogue");
            if (named != null && !cat.files().containsValue(named)) {
                throw line.error("catalogue '" + named + "' was not given (--catalogue " + cat.files().values()
                        .stream().distinct().toList() + ")");
            }
            for (String n : offered) {
                if (!cat.tools().containsKey(n)) {
                    throw line.error("offered tool '" + n + "' is not in the catalogue");
                }
                if (named != null && !named.equals(cat.files().get(n))) {
                    throw line.error("offered tool '" + n + "' is in " + cat.files().get(n) + ", not in " + named);
                }
            }
            if (needed.isEmpty() || !offered.containsAll(needed)) {
                throw line.error("\"needed\" must be a non-empty subset of \"offered\"");
            }
            String s = line.text("split");
            String kind = line.optionalText("kind");
            return new Request(line.optionalText("id"), line.text("request"), needed, offered, s,
                    kind == null ? "none" : kind);
        });
    }

    private static List<String> names(Jsonl.Line line, String field) {
        JsonNode n = line.node().get(field);
        if (n == null || !n.isArray()) {
            throw line.error("field \"" + field + "\" must be a list of tool names");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : n) {
            if (!e.isTextual()) {
                throw line.error("field \"" + field + "\" must hold strings, found " + e);
            }
            out.add(e.asText());
        }
        return out;
    }
}
