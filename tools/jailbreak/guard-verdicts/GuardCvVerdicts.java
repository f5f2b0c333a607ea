package io.semanticrouter.eval;

import io.semanticrouter.classifier.JailbreakGuard.Category;
import io.semanticrouter.embeddings.OnnxEmbedder;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.*;
import java.util.*;
import picocli.CommandLine;

/** Prints today's guard's cross-validated verdict per public tune prompt: text-hash TAB blocked (as train-jailbreak's CV). */
public class GuardCvVerdicts {
    public static void main(String[] a) throws Exception {
        TrainJailbreakCommand cmd = new TrainJailbreakCommand();
        new CommandLine(cmd).parseArgs("--cv", "--source", a[0]);
        try (OnnxEmbedder model = OnnxEmbedder.allMiniLmL6V2()) {
            Method load = TrainJailbreakCommand.class.getDeclaredMethod("load", OnnxEmbedder.class);
            load.setAccessible(true);
            TrainJailbreakCommand.Data data = (TrainJailbreakCommand.Data) load.invoke(cmd, model);
            JailbreakFolds folds = new JailbreakFolds(cmd, data, model);
            Field f = JailbreakFolds.class.getDeclaredField("fold"); f.setAccessible(true);
            Field r = JailbreakFolds.class.getDeclaredField("rule"); r.setAccessible(true);
            int[] fold = (int[]) f.get(folds);
            boolean[] rule = (boolean[]) r.get(folds);
            double[] j = folds.outOfFold(Category.JAILBREAK, cmd.spec(Category.JAILBREAK));
            double[] u = folds.outOfFold(Category.UNSAFE, cmd.spec(Category.UNSAFE));
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < fold.length; i++) if (fold[i] >= 0) idx.add(i);
            boolean[] pos = new boolean[idx.size()], rules = new boolean[idx.size()];
            double[] jj = new double[idx.size()], uu = new double[idx.size()];
            for (int k = 0; k < idx.size(); k++) {
                int i = idx.get(k);
                pos[k] = data.prompts().get(i).group() != JailbreakSets.Group.BENIGN;
                rules[k] = rule[i]; jj[k] = j[i]; uu[k] = u[i];
            }
            Map<Category, Double> t = new JointThresholds(pos, rules, jj, uu, 0.02, false).choose();
            StringBuilder out = new StringBuilder("# thresholds " + t + "\n");
            for (int k = 0; k < idx.size(); k++) {
                boolean b = rules[k] || jj[k] >= t.get(Category.JAILBREAK) || uu[k] >= t.get(Category.UNSAFE);
                out.append(HexFormat.of().formatHex(HashSplit.sha256(data.prompts().get(idx.get(k)).text())))
                        .append('\t').append(b ? 1 : 0).append('\n');
            }
            Files.writeString(Path.of(a[1]), out);
        }
    }
}
