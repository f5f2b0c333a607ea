import io.semanticrouter.Embedding;
import io.semanticrouter.GuardVerdict;
import io.semanticrouter.classifier.JailbreakGuard;
import io.semanticrouter.classifier.JailbreakModel;
import io.semanticrouter.embeddings.OnnxEmbedder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.*;
import java.util.*;

/**
 * Writes, per input line {"text": ...} of args[0], 1 or 0 to args[1]: blocked by the guard at router-eval jailbreak's
 * defaults, without the fine-tuned encoder (finetune_encoder.py adds that signal itself); with the shipped learned
 * model, or with the model file args[2] (written by train-jailbreak) when given.
 */
public class GuardVerdicts {
    public static void main(String[] a) throws Exception {
        ObjectMapper m = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(a[0]))) {
            if (!line.isBlank()) texts.add(m.readTree(line).get("text").asText());
        }
        try (OnnxEmbedder model = OnnxEmbedder.allMiniLmL6V2()) {
            JailbreakGuard.Builder b = JailbreakGuard.builder(model).threshold(0.8).exemplarSignal(false)
                    .encoder(null);
            if (a.length > 2) {
                b.learnedModel(JailbreakModel.read(Path.of(a[2])));
            }
            JailbreakGuard guard = b.build();
            List<Embedding> vs = model.embedAll(texts);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < texts.size(); i++) {
                out.append(guard.check(texts.get(i), vs.get(i)).action() == GuardVerdict.Action.BLOCK ? "1\n" : "0\n");
            }
            Files.writeString(Path.of(a[1]), out);
        }
    }
}
