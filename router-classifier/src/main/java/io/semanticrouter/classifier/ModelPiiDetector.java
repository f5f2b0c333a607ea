package io.semanticrouter.classifier;

import io.semanticrouter.pii.PatternPiiDetector;
import io.semanticrouter.pii.PiiDetector;
import io.semanticrouter.pii.PiiMatch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Personal data that needs a model to be found (names of people, places, organisations) from an
 * {@link OnnxTokenClassifier}. The model's entity types are mapped to PII types ({@code PER} and {@code PERSON}
 * to {@code PERSON}, {@code LOC} and {@code GPE} to {@code LOCATION}, {@code ORG} to {@code ORGANIZATION}; any other
 * type is upper-cased), and entities below a minimum score are ignored.
 *
 * <p>Combine it with the pattern types: {@code PiiDetector.allOf(PatternPiiDetector.INSTANCE, modelDetector)}
 * ({@link #withPatterns()} does that). Thread-safe; closing the token classifier is the caller's business.
 */
public final class ModelPiiDetector implements PiiDetector {

    private static final Map<String, String> DEFAULT_TYPES = Map.of(
            "PER", "PERSON", "PERSON", "PERSON", "LOC", "LOCATION", "LOCATION", "LOCATION", "GPE", "LOCATION",
            "ORG", "ORGANIZATION", "ORGANIZATION", "ORGANIZATION");

    private final OnnxTokenClassifier model;
    private final Map<String, String> types;
    private final double minScore;

    private ModelPiiDetector(Builder b) {
        this.model = b.model;
        this.types = Map.copyOf(b.types);
        this.minScore = b.minScore;
    }

    /** A builder over a loaded token classifier. */
    public static Builder builder(OnnxTokenClassifier model) {
        return new Builder(model);
    }

    @Override
    public List<PiiMatch> detect(String text) {
        Objects.requireNonNull(text, "text must not be null");
        List<PiiMatch> out = new ArrayList<>();
        for (OnnxTokenClassifier.Entity e : model.extract(text)) {
            if (e.score() >= minScore) {
                String upper = e.type().toUpperCase(Locale.ROOT);
                out.add(new PiiMatch(types.getOrDefault(upper, upper), e.start(), e.end()));
            }
        }
        return out;
    }

    /** This detector together with {@link PatternPiiDetector#INSTANCE}, matches in text order. */
    public PiiDetector withPatterns() {
        return PiiDetector.allOf(PatternPiiDetector.INSTANCE, this);
    }

    /** Builds a {@link ModelPiiDetector}. */
    public static final class Builder {
        private final OnnxTokenClassifier model;
        private final Map<String, String> types = new HashMap<>(DEFAULT_TYPES);
        private double minScore = 0.5;

        private Builder(OnnxTokenClassifier model) {
            this.model = Objects.requireNonNull(model, "model must not be null");
        }

        /**
         * Maps a model entity type (case-insensitive, without B-/I-) to a PII type, e.g. {@code ("PATIENT",
         * "PERSON")}.
         */
        public Builder type(String modelType, String piiType) {
            Objects.requireNonNull(modelType, "modelType must not be null");
            Objects.requireNonNull(piiType, "piiType must not be null");
            if (modelType.isBlank() || piiType.isBlank()) {
                throw new IllegalArgumentException("types must not be blank");
            }
            types.put(modelType.toUpperCase(Locale.ROOT), piiType.toUpperCase(Locale.ROOT));
            return this;
        }

        /**
         * Entities scoring below this are ignored. Default 0.5.
         *
         * @throws IllegalArgumentException unless in [0, 1]
         */
        public Builder minScore(double minScore) {
            if (!(minScore >= 0 && minScore <= 1)) {
                throw new IllegalArgumentException("minScore must be in [0, 1], was " + minScore);
            }
            this.minScore = minScore;
            return this;
        }

        public ModelPiiDetector build() {
            return new ModelPiiDetector(this);
        }
    }
}
