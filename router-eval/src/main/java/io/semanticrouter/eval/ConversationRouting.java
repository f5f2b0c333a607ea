package io.semanticrouter.eval;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import io.semanticrouter.CategoryClassifier;
import io.semanticrouter.ConversationAnalyzer;
import io.semanticrouter.ConversationSignals;
import io.semanticrouter.Embedder;
import io.semanticrouter.Embedding;
import io.semanticrouter.FollowUpDetector;
import io.semanticrouter.RequestContext;
import io.semanticrouter.eval.ConversationRoutingCommand.Conv;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The measurement behind {@code conversation-routing}: each conversation's last user turn classified alone, with
 * the context the analyzer gives it, and (for the labelled follow-ups) always with the previous user turn, the
 * ceiling of the follow-up rule; and the re-ask similarity against the labels.
 */
final class ConversationRouting {

    private final Embedder embedder;
    private final CategoryClassifier classifier;
    private final List<Conv> convs;
    private final List<Embedding> queries = new ArrayList<>();
    private final List<String> alone = new ArrayList<>();
    private final List<String> oracle = new ArrayList<>();

    ConversationRouting(Embedder embedder, CategoryClassifier classifier, List<Conv> convs) {
        this.embedder = embedder;
        this.classifier = classifier;
        this.convs = convs;
        ConversationAnalyzer always = ConversationAnalyzer.builder().contextTurns(1).reaskTurns(0)
                .detector(FollowUpDetector.builder().shortWords(Integer.MAX_VALUE).build()).build();
        for (Conv c : convs) {
            Embedding q = embedder.embed(c.query());
            queries.add(q);
            alone.add(classifier.classify(c.query(), q).category());
            oracle.add(classify(c, q, always.read(c.messages(), q, embedder)));
        }
    }

    static String textOf(ChatMessage m) {
        if (m instanceof UserMessage u) {
            return u.hasSingleText() ? u.singleText() : String.valueOf(u.contents());
        }
        if (m instanceof AiMessage a) {
            return String.valueOf(a.text());
        }
        return m instanceof SystemMessage s ? s.text() : String.valueOf(m);
    }

    private String classify(Conv c, Embedding q, ConversationSignals signals) {
        RequestContext context = new RequestContext("", c.messages(), c.query(), q, signals);
        return classifier.classify(context.categoryText(), context.categoryEmbedding()).category();
    }

    /** Every conversation read by {@code analyzer}. */
    Result evaluate(ConversationAnalyzer analyzer) {
        List<ConversationSignals> signals = new ArrayList<>();
        List<String> with = new ArrayList<>();
        for (int i = 0; i < convs.size(); i++) {
            Conv c = convs.get(i);
            ConversationSignals s = analyzer.read(c.messages(), queries.get(i), embedder);
            signals.add(s);
            with.add(classify(c, queries.get(i), s));
        }
        return new Result(convs, alone, with, oracle, signals);
    }

    /** Correct answers of one group of turns. */
    record Group(int n, int alone, int with, int oracle) {
        double aloneAccuracy() {
            return n == 0 ? Double.NaN : (double) alone / n;
        }

        double withAccuracy() {
            return n == 0 ? Double.NaN : (double) with / n;
        }

        double oracleAccuracy() {
            return n == 0 ? Double.NaN : (double) oracle / n;
        }
    }

    /** Precision and recall of a yes/no signal. */
    record Detection(int tp, int fp, int fn) {
        double precision() {
            return tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return Double.isNaN(p) || Double.isNaN(r) || p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The outcome of one setting on the conversations. */
    record Result(List<Conv> convs, List<String> alone, List<String> with, List<String> oracle,
                  List<ConversationSignals> signals) {

        Group group(java.util.function.Predicate<Conv> in) {
            int n = 0;
            int a = 0;
            int w = 0;
            int o = 0;
            for (int i = 0; i < convs.size(); i++) {
                Conv c = convs.get(i);
                if (in.test(c)) {
                    n++;
                    a += c.category().equals(alone.get(i)) ? 1 : 0;
                    w += c.category().equals(with.get(i)) ? 1 : 0;
                    o += c.category().equals(oracle.get(i)) ? 1 : 0;
                }
            }
            return new Group(n, a, w, o);
        }

        Detection followUps() {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < convs.size(); i++) {
                boolean said = signals.get(i).followUp();
                boolean truth = convs.get(i).followUp();
                tp += said && truth ? 1 : 0;
                fp += said && !truth ? 1 : 0;
                fn += !said && truth ? 1 : 0;
            }
            return new Detection(tp, fp, fn);
        }

        /** The re-ask signal at {@code threshold}: the best similarity to one of the last turns reaches it. */
        Detection reasks(double threshold) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < convs.size(); i++) {
                boolean said = signals.get(i).reaskSimilarity() >= threshold;
                boolean truth = convs.get(i).reask();
                tp += said && truth ? 1 : 0;
                fp += said && !truth ? 1 : 0;
                fn += !said && truth ? 1 : 0;
            }
            return new Detection(tp, fp, fn);
        }

        int nearReaskAlarms(double threshold) {
            int n = 0;
            for (int i = 0; i < convs.size(); i++) {
                n += convs.get(i).nearReask() && signals.get(i).reaskSimilarity() >= threshold ? 1 : 0;
            }
            return n;
        }

        Map<String, Object> summary(double threshold) {
            Map<String, Object> s = ConversationRoutingCommand.map();
            s.put("n", convs.size());
            put(s, "follow_up", group(Conv::followUp));
            put(s, "standalone", group(c -> c.kind().equals("standalone")));
            put(s, "reask_turns", group(Conv::reask));
            put(s, "all", group(c -> true));
            s.put("follow_up_oracle_accuracy", group(Conv::followUp).oracleAccuracy());
            Detection d = followUps();
            s.put("detector_precision", d.precision());
            s.put("detector_recall", d.recall());
            Detection r = reasks(threshold);
            s.put("reask_threshold", threshold);
            s.put("reask_tp", r.tp());
            s.put("reask_fp", r.fp());
            s.put("reask_fn", r.fn());
            s.put("reask_precision", r.precision());
            s.put("reask_recall", r.recall());
            s.put("near_reask_n", (int) convs.stream().filter(Conv::nearReask).count());
            s.put("near_reask_false_alarms", nearReaskAlarms(threshold));
            return s;
        }

        private static void put(Map<String, Object> s, String key, Group g) {
            s.put(key + "_n", g.n());
            s.put(key + "_accuracy_alone", g.aloneAccuracy());
            s.put(key + "_accuracy_with_context", g.withAccuracy());
        }

        void print(PrintWriter out, double threshold, boolean show) {
            Table t = new Table("turns", "n", "alone", "with context", "always previous turn");
            row(t, "follow-up (labelled)", group(Conv::followUp));
            row(t, "standalone", group(c -> c.kind().equals("standalone")));
            row(t, "re-ask", group(Conv::reask));
            row(t, "all", group(c -> true));
            t.print(out);
            Detection d = followUps();
            Detection r = reasks(threshold);
            out.println();
            new Table("signal", "tp", "fp", "fn", "precision", "recall")
                    .row("follow-up detector", d.tp(), d.fp(), d.fn(), ConversationRoutingCommand.format(d.precision()),
                            ConversationRoutingCommand.format(d.recall()))
                    .row("re-ask >= " + threshold, r.tp(), r.fp(), r.fn(),
                            ConversationRoutingCommand.format(r.precision()), ConversationRoutingCommand.format(r.recall()))
                    .print(out);
            out.printf("near re-asks flagged as re-asks: %d of %d%n", nearReaskAlarms(threshold),
                    convs.stream().filter(Conv::nearReask).count());
            if (show) {
                showWrong(out, threshold);
            }
        }

        private static void row(Table t, String name, Group g) {
            t.row(name, g.n(), ConversationRoutingCommand.format(g.aloneAccuracy()),
                    ConversationRoutingCommand.format(g.withAccuracy()), ConversationRoutingCommand.format(g.oracleAccuracy()));
        }

        private void showWrong(PrintWriter out, double threshold) {
            out.println();
            for (int i = 0; i < convs.size(); i++) {
                Conv c = convs.get(i);
                ConversationSignals s = signals.get(i);
                boolean wrong = !c.category().equals(alone.get(i)) || !c.category().equals(with.get(i))
                        || c.followUp() != s.followUp() || c.reask() != (s.reaskSimilarity() >= threshold);
                if (wrong) {
                    out.printf("line %d %s [%s] alone=%s with=%s cue=%s reask=%.3f/%s: %s%n", c.line(), c.kind(),
                            c.category(), alone.get(i), with.get(i), s.followUpCue(), s.reaskSimilarity(), c.reask(),
                            c.query());
                }
            }
        }
    }

    /** Ranks detector settings and re-ask thresholds on the conversations given. */
    static final class Sweep {
        private Sweep() {
        }

        record Setting(FollowUpDetector detector, int contextTurns, Group all, Group followUps, Group standalone) {
        }

        static void print(ConversationRouting run, PrintWriter out) {
            List<Setting> settings = new ArrayList<>();
            for (FollowUpDetector d : detectors()) {
                for (int ct = 1; ct <= 3; ct++) {
                    Result r = run.evaluate(ConversationAnalyzer.builder().detector(d).contextTurns(ct).reaskTurns(0)
                            .build());
                    settings.add(new Setting(d, ct, r.group(c -> true), r.group(Conv::followUp),
                            r.group(c -> c.kind().equals("standalone"))));
                }
            }
            settings.sort(Comparator.comparingInt((Setting s) -> s.all().with())
                    .thenComparingInt(s -> s.followUps().with()).reversed());
            Table t = new Table("detector", "context turns", "all", "follow-up", "standalone");
            for (Setting s : settings.subList(0, Math.min(25, settings.size()))) {
                t.row(s.detector(), s.contextTurns(), s.all().with() + "/" + s.all().n(),
                        s.followUps().with() + "/" + s.followUps().n(), s.standalone().with() + "/" + s.standalone().n());
            }
            t.print(out);
            out.println();
            reaskSweep(run.evaluate(ConversationAnalyzer.builder().detector(null).build()), out);
        }

        /** The grid: each rule off or at a few lengths. */
        private static List<FollowUpDetector> detectors() {
            List<FollowUpDetector> all = new ArrayList<>();
            for (int sw : new int[]{0, 2, 3, 4, 5}) {
                for (int pw : new int[]{0, 12, 20, 30}) {
                    for (int aw : new int[]{0, 8, 12, 16}) {
                        for (int ew : new int[]{0, 6}) {
                            for (boolean op : new boolean[]{true, false}) {
                                all.add(FollowUpDetector.builder().shortWords(sw).pronounWords(pw).anaphorWords(aw)
                                        .ellipsisWords(ew).openers(op).build());
                            }
                        }
                    }
                }
            }
            return all;
        }

        private static void reaskSweep(Result r, PrintWriter out) {
            Table t = new Table("re-ask threshold", "tp", "fp", "fn", "precision", "recall", "f1", "near re-ask alarms");
            for (int k = 50; k <= 98; k += 2) {
                double th = k / 100.0;
                Detection d = r.reasks(th);
                t.row(th, d.tp(), d.fp(), d.fn(), ConversationRoutingCommand.format(d.precision()),
                        ConversationRoutingCommand.format(d.recall()), ConversationRoutingCommand.format(d.f1()),
                        r.nearReaskAlarms(th));
            }
            t.print(out);
        }
    }
}
