package io.semanticrouter.classifier;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.UserMessage;
import io.semanticrouter.RequestContext;
import io.semanticrouter.GuardVerdict;
import io.semanticrouter.RequestGuard;
import io.semanticrouter.pii.PatternPiiDetector;
import io.semanticrouter.pii.PiiDetector;
import io.semanticrouter.pii.PiiMatch;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps personal data away from models that may not receive it. The policy says, per model, which PII types
 * it may receive ({@link Builder#allow}); a model not named receives none. A request whose user and system
 * messages hold personal data goes only to models allowed every type found, and is blocked when there is no
 * such model.
 *
 * <pre>{@code
 * PiiGuard pii = PiiGuard.builder()
 *         .allowAll("on-prem-llm")             // runs in our own data centre
 *         .allow("cloud-small", "IP_ADDRESS")  // may see IP addresses, nothing else
 *         .build();
 * router = SemanticRouter.builder()....guard(pii).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Answers with personal data are also kept out of the shared cache scope by
 * the router itself.
 */
public final class PiiGuard implements RequestGuard {

    /** Stands for every type in {@link Builder#allowAll}. */
    private static final String ANY = "*";

    private final PiiDetector detector;
    private final Map<String, Set<String>> policy;

    private PiiGuard(Builder b) {
        this.detector = b.detector;
        Map<String, Set<String>> p = new LinkedHashMap<>();
        b.policy.forEach((model, types) -> p.put(model, Set.copyOf(types)));
        this.policy = Map.copyOf(p);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public GuardVerdict check(RequestContext context) {
        Set<String> found = new TreeSet<>();
        for (ChatMessage m : context.messages()) {
            for (String text : texts(m)) {
                for (PiiMatch match : detector.detect(text)) {
                    found.add(match.type());
                }
            }
        }
        if (found.isEmpty()) {
            return GuardVerdict.allow("pii");
        }
        Set<String> allowed = new LinkedHashSet<>();
        policy.forEach((model, types) -> {
            if (types.contains(ANY) || types.containsAll(found)) {
                allowed.add(model);
            }
        });
        List<String> findings = List.copyOf(found);
        if (allowed.isEmpty()) {
            return GuardVerdict.block("pii", "the request holds " + String.join(", ", found)
                    + " and no model may receive it", findings);
        }
        return GuardVerdict.restrict("pii", allowed, String.join(", ", found) + " may only go to " + allowed, findings);
    }

    private static List<String> texts(ChatMessage m) {
        if (m instanceof UserMessage u) {
            return u.contents().stream().filter(c -> c instanceof TextContent).map(c -> ((TextContent) c).text()).toList();
        }
        if (m instanceof SystemMessage s) {
            return List.of(s.text());
        }
        return List.of(); // the models' own answers were already seen by them
    }

    /** Builder of {@link PiiGuard}. */
    public static final class Builder {
        private PiiDetector detector = PatternPiiDetector.INSTANCE;
        private final Map<String, Set<String>> policy = new LinkedHashMap<>();

        private Builder() {
        }

        /** The detector (default {@link PatternPiiDetector#INSTANCE}). */
        public Builder detector(PiiDetector detector) {
            this.detector = Objects.requireNonNull(detector, "detector must not be null");
            return this;
        }

        /**
         * Lets {@code model} receive these PII types (upper case, e.g. {@code EMAIL}, {@code PHONE}).
         *
         * @throws IllegalArgumentException if the model name is blank or a type is blank
         */
        public Builder allow(String model, String... types) {
            Objects.requireNonNull(model, "model must not be null");
            if (model.isBlank()) {
                throw new IllegalArgumentException("model must not be blank");
            }
            Set<String> set = policy.computeIfAbsent(model, k -> new TreeSet<>());
            for (String t : types) {
                if (t == null || t.isBlank()) {
                    throw new IllegalArgumentException("PII type must not be blank (model " + model + ")");
                }
                set.add(t.toUpperCase(Locale.ROOT));
            }
            return this;
        }

        /** Lets {@code model} receive every type of personal data. */
        public Builder allowAll(String model) {
            return allow(model, ANY);
        }

        public PiiGuard build() {
            return new PiiGuard(this);
        }
    }
}
