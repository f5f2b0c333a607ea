package io.semanticrouter.verify;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples in the class comments of the readers {@link TextFeatures} runs ({@link Tokenizer},
 * {@link QuantityReader}, {@link AspectReader}, {@link EntityReader}, {@link DirectionReader},
 * {@link StoppingReader}, {@link QualifierReader}) give what those comments say.
 */
class TextFeatureReadersTest {

    @Test
    void tokenizerDropsCourtesyExpandsContractionsAndSplitsUnits() {
        TextFeatures f = new TextFeatures("Hi! Why can't my friend's Wi-Fi reach 5GHz?");
        assertThat(f.words).containsExactly("why", "can", "not", "my", "friend", "wifi", "reach", "5", "ghz");
        assertThat(f.possessorNames).containsExactly("friend");
        assertThat(f.severalSentences).isFalse();
    }

    @Test
    void quantityReaderKeysAmountsByDimensionAndReadsPeriods() {
        TextFeatures run = new TextFeatures("how long is a 5 km run");
        assertThat(run.quantities).containsExactly(new TextFeatures.Quantity("length=5000.00", false, "5 km", false));
        TextFeatures walks = new TextFeatures("three times a week");
        assertThat(walks.quantities).anyMatch(q -> q.period() && q.key().startsWith("time="));
    }

    @Test
    void aspectReaderTellsACostFromAQuantity() {
        assertThat(new TextFeatures("how much is a ticket").aspects).containsExactly("cost");
        assertThat(new TextFeatures("how much is a gallon").aspects).containsExactly("quantity");
    }

    @Test
    void entityReaderReadsDatesAndNames() {
        TextFeatures f = new TextFeatures("Can I fly to Lisbon in May with Ryanair?");
        assertThat(f.dates).containsExactly("may");
        assertThat(f.entities).containsExactly("lisbon", "ryanair");
    }

    @Test
    void directionReaderReadsOrderedPairsAndEnds() {
        TextFeatures faster = new TextFeatures("is Python faster than Java");
        assertThat(faster.directedPairs).contains("than\u0000python\u0000java");
        assertThat(new TextFeatures("is Java faster than Python").directedPairs)
                .doesNotContain("than\u0000python\u0000java");
        TextFeatures trip = new TextFeatures("from Madrid to Lisbon");
        assertThat(trip.source).isEqualTo("madrid");
        assertThat(trip.destination).isEqualTo("lisbon");
    }

    @Test
    void stoppingReaderCountsStoppingVerbsAndReadsProperties() {
        assertThat(new TextFeatures("how do I turn off the heating").stopping).isEqualTo(1);
        assertThat(new TextFeatures("how do I fix my blocked drain").stopping).isZero();
        assertThat(new TextFeatures("how tall is the tower").properties).contains("height");
    }

    @Test
    void qualifierReaderReadsParticipleClausesAndManner() {
        TextFeatures f = new TextFeatures("how do I sort an array indexed by an enum quickly");
        assertThat(f.qualifiers).containsExactly(List.of("index", "enum", "quickly"), List.of("quickly"));
    }
}
