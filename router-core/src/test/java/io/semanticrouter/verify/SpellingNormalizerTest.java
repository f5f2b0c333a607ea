package io.semanticrouter.verify;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpellingNormalizerTest {

    private final SpellingNormalizer speller = SpellingNormalizer.get();

    @Test
    void correctsMisspeltWordsAndKeepsTheRest() {
        assertThat(speller.normalize("how to cneter a div in css")).isEqualTo("how to center a div in css");
        assertThat(speller.normalize("How do I calcualte my BMI ?")).isEqualTo("How do I calculate my BMI ?");
        assertThat(speller.normalize("symtoms of a concusion")).isEqualTo("symptoms of a concussion");
        assertThat(speller.normalize("noise durring the spin cycle, especialy  with big loads"))
                .isEqualTo("noise during the spin cycle, especially  with big loads");
        assertThat(speller.normalize("whats the diffrence between affect and effect"))
                .isEqualTo("what's the difference between affect and effect");
    }

    @Test
    void aCapitalisedFirstWordOfASentenceIsCorrectedAndKeepsItsCapital() {
        assertThat(speller.normalize("Waht does a token contain? Recieve it first."))
                .isEqualTo("What does a token contain? Receive it first.");
    }

    @Test
    void longWordsAreCorrectedAtDistanceTwo() {
        assertThat(speller.correct("accomodatoin")).isEqualTo("accommodation");
        assertThat(speller.correct("enviromnent")).isEqualTo("environment");
    }

    @Test
    void theTieBreakIsDeterministicAndDocumented() {
        // swapped letters before other edits: "file", not "field" or "feel"
        assertThat(speller.correct("fiel")).isEqualTo("file");
        // a letter the typo left out before a replaced one: "router", not "route"
        assertThat(speller.correct("routr")).isEqualTo("router");
        // a doubled letter restored
        assertThat(speller.correct("comit")).isEqualTo("commit");
        // two words of about the same frequency by the same kind of edit: no guess ("notice" or "noise")
        assertThat(speller.correct("notise")).isNull();
        // the first letter is kept: "dict" does not become "edict"
        assertThat(speller.correct("dict")).isNull();
        for (int i = 0; i < 3; i++) {
            assertThat(speller.correct("ofen")).isEqualTo("often");
        }
    }

    @Test
    void knownWordsAreNeverChangedSoDifferentWordsStayDifferent() {
        for (String s : List.of("Can I fill in the form from home?", "Is it cheap or a cheat?", "What dose is safe?",
                "I took out a car lone", "How do I bake bread?")) {
            assertThat(speller.normalize(s)).isSameAs(s);
        }
        assertThat(speller.correct("form")).isNull();
        assertThat(speller.correct("from")).isNull();
        assertThat(speller.correct("cheap")).isNull();
        assertThat(speller.correct("cheat")).isNull();
    }

    @Test
    void namesCodeNumbersQuotesAndShortWordsAreNeverTouched() {
        for (String s : List.of(
                "flights to Seatle next week", // a capitalised word inside a sentence is a name
                "call getUserNmae from the service", // camelCase
                "rename my_varable and node.jss", // identifiers, dotted names
                "open https://exmaple.com/recieve now", // URL
                "error code abc123 and v2beta", // digits
                "what does `recieve` print", // backticks
                "the word \"recieve\" is misspelt", // quotes
                "HOW DO I RECIEVE A PARCEL", // all capitals
                "teh cat", // shorter than four letters
                "install numpy and kotlin", // the verifier's entity names
                "pre-heat the ovven-top")) { // hyphenated words
            assertThat(speller.normalize(s)).as(s).isSameAs(s);
        }
    }

    @Test
    void technicalWordsAreProtectedAndNeverACorrection() {
        // outside the tokenizer and WordNet, one edit from a common word ("jason", "mute", "iron"): protected
        for (String w : List.of("json", "mutex", "regex", "nginx", "redis", "cron", "sudo", "kubectl", "goroutine",
                "yaml", "async")) {
            assertThat(speller.correct(w)).as(w).isNull();
        }
        assertThat(speller.normalize("how do i parse json and lock a mutex")).isEqualTo(
                "how do i parse json and lock a mutex");
    }

    @Test
    void derivedWordsAndCompoundsAreNoMisspellings() {
        assertThat(speller.correct("refreeze")).isNull();
        assertThat(speller.correct("crunchy")).isNull();
        assertThat(speller.correct("debounce")).isNull();
        assertThat(speller.correct("publickey")).isNull();
        // but a typo that only looks like a prefix and a short word is corrected
        assertThat(speller.correct("disabel")).isEqualTo("disable");
        assertThat(speller.correct("untill")).isEqualTo("until");
    }

    @Test
    void theVocabularyIsSharedAndCompact() {
        assertThat(SpellingNormalizer.get()).isSameAs(speller);
        assertThat(speller.vocabularySize()).isGreaterThan(150_000);
        assertThat(speller.vocabularyBytes()).isLessThan(8L << 20);
    }

    @Test
    void nullIsATypedError() {
        assertThatThrownBy(() -> speller.normalize(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void manyThreadsGetTheSameCorrections() throws Exception {
        List<String> texts = List.of("how to cneter a div", "symtoms of a concusion", "git undo last comit",
                "best resturants near times sqaure", "Can I fill in the form from home?", "how ofen should i water it");
        List<String> expected = texts.stream().map(speller::normalize).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    List<String> out = new ArrayList<>();
                    for (int i = 0; i < 200; i++) {
                        out.add(speller.normalize(texts.get(i % texts.size())));
                    }
                    return out;
                }));
            }
            for (Future<List<String>> f : results) {
                List<String> out = f.get(60, TimeUnit.SECONDS);
                for (int i = 0; i < out.size(); i++) {
                    assertThat(out.get(i)).isEqualTo(expected.get(i % texts.size()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
