package io.semanticrouter.classifier;

import io.semanticrouter.CategoryClassifier;
import io.semanticrouter.Classification;
import io.semanticrouter.Embedding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Several category classifiers as one: each member's {@link CategoryClassifier#probabilities probabilities}
 * are averaged with the member's weight, and the category with the highest combined probability wins, with that
 * probability as its confidence. A category one member does not know counts as probability 0 there. For example
 * a fine-tuned ONNX model and the exemplar classifier, so a team's own exemplars can add or correct categories.
 * YAML: {@code classifier.type: ensemble}.
 *
 * <p>Thread-safe when the members are. Closing it closes the members that are {@link AutoCloseable}.
 */
public final class EnsembleCategoryClassifier implements CategoryClassifier, AutoCloseable {

    private record Member(CategoryClassifier classifier, double weight) {
    }

    private final List<Member> members;
    private final double totalWeight;
    private final Set<String> categories;

    private EnsembleCategoryClassifier(List<Member> members) {
        this.members = List.copyOf(members);
        Set<String> all = new LinkedHashSet<>();
        double total = 0;
        for (Member m : members) {
            all.addAll(m.classifier.categories());
            total += m.weight;
        }
        this.totalWeight = total;
        this.categories = Collections.unmodifiableSet(all);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The weighted mean of the members' probabilities; the best category, its probability and the gap to the second. */
    @Override
    public Classification classify(String text, Embedding embedding) {
        Map<String, Double> combined = new HashMap<>();
        for (Member m : members) {
            m.classifier.probabilities(text, embedding)
                    .forEach((category, p) -> combined.merge(category, m.weight * p / totalWeight, Double::sum));
        }
        List<Map.Entry<String, Double>> order = new ArrayList<>(combined.entrySet());
        order.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        if (order.isEmpty()) {
            return Classification.none();
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        order.forEach(e -> scores.put(e.getKey(), e.getValue()));
        double best = order.get(0).getValue();
        double second = order.size() > 1 ? order.get(1).getValue() : 0;
        return new Classification(order.get(0).getKey(), Math.min(1, best), Math.max(0, best - second), scores);
    }

    /** The combined probabilities, best first (the scores of {@link #classify}). */
    @Override
    public Map<String, Double> probabilities(String text, Embedding embedding) {
        return classify(text, embedding).scores();
    }

    /** Every category any member knows. */
    @Override
    public Set<String> categories() {
        return categories;
    }

    /** Closes every member that can be closed; the first failure is thrown after all were tried. */
    @Override
    public void close() throws Exception {
        Exception first = null;
        for (Member m : members) {
            if (m.classifier instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception e) {
                    if (first == null) {
                        first = e;
                    } else {
                        first.addSuppressed(e);
                    }
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** Builder of {@link EnsembleCategoryClassifier}: at least one member, each with a positive weight. */
    public static final class Builder {
        private final List<Member> members = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a member whose probabilities count with {@code weight} (weights need not sum to 1).
         *
         * @throws NullPointerException     if classifier is null
         * @throws IllegalArgumentException if the weight is not a positive finite number
         */
        public Builder member(CategoryClassifier classifier, double weight) {
            Objects.requireNonNull(classifier, "classifier must not be null");
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("weight must be a positive number, was " + weight);
            }
            members.add(new Member(classifier, weight));
            return this;
        }

        /** @throws IllegalStateException if no member was added */
        public EnsembleCategoryClassifier build() {
            if (members.isEmpty()) {
                throw new IllegalStateException("an ensemble needs at least one member");
            }
            return new EnsembleCategoryClassifier(members);
        }
    }
}
