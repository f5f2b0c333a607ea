package io.semanticrouter.verify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LexicalHitVerifierTest {

    private final LexicalHitVerifier verifier = LexicalHitVerifier.defaults();

    @ParameterizedTest(name = "{2}: {0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Plan a trip to Rome with a rental car            | Plan a trip to Rome without a rental car        | NEGATION
            Why does my build fail                             | Why doesn't my build fail                       | NEGATION
            why does my build fail                             | why doesnt my build fail                        | NEGATION
            How do I enable dark mode                          | How do I disable dark mode                      | NEGATION
            how to upload files to S3                          | how to download files from S3                   | NEGATION
            What to check before a job interview               | What to check after a job interview             | NEGATION
            Plan a 3-day trip to Rome                          | Plan a 7-day trip to Rome                       | NUMBER
            hotel for two people under $500                    | hotel for two people under $1000                | NUMBER
            how far is 5 km                                    | how far is 5 miles                              | NUMBER
            how many MB are in a GB                            | how many KB are in a GB                         | NUMBER
            recipe for 4 servings                              | recipe for six servings                         | NUMBER
            What changed in Java 17                            | What changed in Java 21                         | DATE_VERSION
            my 2019 tax return                                 | my 2023 tax return                              | DATE_VERSION
            Is the museum open on Monday                       | Is the museum open on Friday                    | DATE_VERSION
            How do I read a file in Kotlin                     | How do I read a file in Swift                   | ENTITY
            best restaurants in paris                          | best restaurants in rome                        | ENTITY
            connect to Postgres from Django                    | connect to MySQL from Django                    | ENTITY
            Who is Ada Lovelace                                | Who is Grace Hopper                             | ENTITY
            train from Madrid to Lisbon                        | train from Lisbon to Madrid                     | DIRECTION
            convert celsius to fahrenheit                      | convert fahrenheit to celsius                   | DIRECTION
            Is Python faster than Java                         | Is Java faster than Python                      | DIRECTION
            how long does it take to renew a passport          | how much does it cost to renew a passport       | SCOPE
            advantages of remote work                          | disadvantages of remote work                    | NEGATION
            What is the derivative of x squared                | What is the derivative of x cubed               | NUMBER
            What are the symptoms of flu                       | How is flu treated                              | SCOPE
            Why is my train late                               | When is my train due                            | SCOPE
            how do I renew my passport                         | how much does renewing my passport cost         | SCOPE
            """)
    void rejectsQuestionsThatAskSomethingElse(String cached, String query, Rule rule) {
        Verdict v = verifier.verify(cached.trim(), query.trim());
        assertThat(v.accepted()).as(v.toString()).isFalse();
        assertThat(v.rule()).as(v.toString()).isEqualTo(rule);
        assertThat(v.evidence()).isNotBlank();
        assertThat(verifier.verify(query.trim(), cached.trim()).accepted()).as("symmetric").isFalse();
    }

    /** The kinds no fixed word list held: each row names the piece of evidence only the new check gives. */
    @ParameterizedTest(name = "{2}: {0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Why is the tap water in Leeds so hard?             | Why is the tap water in Leeds so soft?           | NEGATION | WordNet
            How do I make the margins wider in Docs?           | How do I make the margins narrower in Docs?      | NEGATION | WordNet
            How to widen a column in a table                   | How to narrow a column in a table                | NEGATION | WordNet
            Is my blood sugar legible on this meter            | Is my blood sugar illegible on this meter        | NEGATION | opposites
            Which drugs are anti-anxiety medications?          | Which drugs are anxiety medications?             | NEGATION | opposites
            Signs of an overweight cat                         | Signs of an underweight cat                      | NEGATION | opposites
            How to make my screen lock automatically           | How to prevent my screen from locking automatically | NEGATION | stops
            How do I sync photos to iCloud?                    | How do I stop syncing photos to iCloud?          | NEGATION | stops
            How can I save cookies in Firefox?                 | How can I delete cookies in Firefox?             | NEGATION | stops
            What is the width of a tennis court?               | What is the length of a tennis court?            | SCOPE    | asks the
            How tall is a giraffe?                             | How heavy is a giraffe?                          | SCOPE    | asks the
            How do I read JSON in Go?                          | How do I read JSON in Go without reflection?     | SCOPE    | qualifier
            How to set up a VPN on a router                    | How to set up a VPN on a router for a small office | SCOPE  | qualifier
            How to rotate a PDF page                           | How to rotate a PDF page permanently             | SCOPE    | qualifier
            Is it safe for rabbits?                            | Is it safe for hamsters?                         | SCOPE    | asks about
            Can I use brown sugar?                             | Can I use powdered sugar?                        | SCOPE    | asks about
            How do I archive a repository?                     | How do I fork a repository?                      | SCOPE    | asks about
            How much is it?                                    | How long is it?                                  | SCOPE    | asks the
            Can I boil it?                                     | Can I roast it?                                  | SCOPE    | asks about
            Is it waterproof?                                  | Is it fireproof?                                 | SCOPE    | asks about
            """)
    void rejectsLookAlikesNoWordListHolds(String cached, String query, Rule rule, String evidence) {
        Verdict v = verifier.verify(cached.trim(), query.trim());
        assertThat(v.accepted()).as(v.toString()).isFalse();
        assertThat(v.rule()).as(v.toString()).isEqualTo(rule);
        assertThat(v.evidence()).as(v.toString()).contains(evidence.trim());
        assertThat(verifier.verify(query.trim(), cached.trim()).accepted()).as("symmetric").isFalse();
    }

    /** Paraphrases the new checks must let through: synonyms, attributes, reordered qualifiers, both stopping. */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Is it safe for children?                           | Is it safe for kids?
            Which one is quicker?                              | Which one is faster?
            How do I halt a stuck print job?                   | How do I stop a stuck print job?
            How tall is Mount Fuji?                            | What is the height of Mount Fuji?
            How to stop my cat from scratching the sofa        | How to keep my cat from scratching the sofa
            What is the weight of a blue whale?                | How much does a blue whale weigh?
            Is it a good laptop for students?                  | Is it a suitable laptop for students?
            How do I split a string in Rust without regex?     | Splitting a string in Rust without regex
            Why is my sourdough so dense?                      | Why is my sourdough so dense? Thanks in advance
            """)
    void acceptsParaphrasesOfTheNewKinds(String cached, String query) {
        Verdict v = verifier.verify(cached.trim(), query.trim());
        assertThat(v.accepted()).as(v.toString()).isTrue();
    }

    @Test
    void wordNetBaseFormsUndoInflectionsAndMadeVerbs() {
        assertThat(WordNet.baseForms("thinner")).contains("thin");
        assertThat(WordNet.baseForms("heavier")).contains("heavy");
        assertThat(WordNet.baseForms("wider")).contains("wide");
        assertThat(WordNet.baseForms("tighten")).contains("tight");
        WordNet wn = WordNet.get();
        assertThat(wn.antonyms("shallow", "deep")).isTrue();
        assertThat(wn.antonyms("shallow", "wide")).isFalse();
        assertThat(wn.property("heights")).isEqualTo("height");
        assertThat(wn.attributesOf("tall")).contains("height");
        assertThat(wn.related("kill", "terminate")).isTrue();
        assertThat(wn.related("dog", "cat")).isFalse();
        assertThat(wn.stopping("prevented")).isTrue();
        assertThat(wn.stopping("started")).isFalse();
    }

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            How do I reverse a list in Python?                 | hi, could you tell me how to reverse a list in python please
            Explain how DNS works                              | How does DNS work?
            how do i turn off notifications                    | How do I disable notifications?
            What is two weeks in days                          | what is 14 days in days
            How do I install Kubernetes on Ubuntu              | how do i install kubernets on ubuntu
            What is a JS closure                               | What is a JavaScript closure
            k8s pod keeps restarting                           | kubernetes pod keeps restarting
            how to sort a list in python                       | in python how to sort a list
            flight time from London to New York                | how long is the flight to New York from London
            Is it unsafe to eat raw eggs                       | is it dangerous to eat raw eggs
            What does 'final' mean in Java?                    | what does final mean in java
            how much is a week in hours                        | how many hours are in one week
            Whats the capital of France                        | What's the capital of France?
            THANKS! how do I center a div in CSS               | how do i center a div in css
            Why can't I log in                                 | why cannot I log in
            How Do I Set Up A Python Virtual Environment       | how do i set up a python virtual environment
            What is the derivative of x squared?               | What's the derivative of x^2?
            """)
    void acceptsParaphrases(String cached, String query) {
        Verdict v = verifier.verify(cached.trim(), query.trim());
        assertThat(v.accepted()).as(v.toString()).isTrue();
        assertThat(v.rule()).isNull();
    }

    @Test
    void edgeCasesNeitherCrashNorAcceptNonsense() {
        assertThat(verifier.verify("", "").accepted()).isTrue();
        assertThat(verifier.verify("", "what is a monad").accepted()).isTrue(); // nothing to compare: similarity decides
        String huge = "how do I tune the garbage collector ".repeat(3000); // ~100 KB
        assertThat(verifier.verify(huge, huge + " in Java 21").rule()).isEqualTo(Rule.DATE_VERSION);
        assertThat(verifier.verify("东京的天气怎么样", "东京的天气怎么样").accepted()).isTrue();
        assertThat(verifier.verify("Как доехать до Москвы", "Как доехать до Казани").rule()).isEqualTo(Rule.ENTITY);
        assertThat(verifier.verify("best pizza 🍕 in Naples", "best pizza in Naples 🍕").accepted()).isTrue();
        assertThat(verifier.verify("Wie spät ist es in Berlin", "Wie spät ist es nicht in Berlin").rule())
                .isEqualTo(Rule.NEGATION);
        assertThatThrownBy(() -> verifier.verify(null, "x")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> verifier.verify("x", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void rulesCanBeTurnedOffAndExplainListsEveryRuleThatFires() {
        String a = "upload 5 files to S3 from Lisbon";
        String b = "download 7 files to S3 from Lisbon";
        assertThat(verifier.explain(a, b)).extracting(Verdict::rule).containsExactly(Rule.NEGATION, Rule.NUMBER);
        LexicalHitVerifier noNegation = LexicalHitVerifier.builder().without(Rule.NEGATION).build();
        assertThat(noNegation.verify(a, b).rule()).isEqualTo(Rule.NUMBER);
        LexicalHitVerifier none = LexicalHitVerifier.builder().rules(EnumSet.noneOf(Rule.class)).build();
        assertThat(none.verify(a, b).accepted()).isTrue();
        assertThatThrownBy(() -> LexicalHitVerifier.builder().rules(EnumSet.of(Rule.SCORER)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scorer");
    }

    @Test
    void scorerRunsAfterTheRulesAndRejectsBelowItsMinimum() {
        int[] calls = {0};
        LexicalHitVerifier withScorer = LexicalHitVerifier.builder().scorer((x, ex, y, ey) -> {
            calls[0]++;
            return y.contains("clean") ? 0.2 : 0.9;
        }, 0.5).build();
        assertThat(withScorer.verify("how to cook rice in a pressure cooker", "how to clean a pressure cooker").rule())
                .isEqualTo(Rule.SCORER);
        assertThat(withScorer.verify("how to cook rice in a pressure cooker", "cooking rice in a pressure cooker").accepted())
                .isTrue();
        assertThat(withScorer.verify("enable wifi", "disable wifi").rule()).isEqualTo(Rule.NEGATION);
        assertThat(calls[0]).as("the scorer is not asked once a rule rejected").isEqualTo(2);
        assertThatThrownBy(() -> LexicalHitVerifier.builder().scorer((x, ex, y, ey) -> 1, 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
    }

    @Test
    void timeSensitiveWords() {
        assertThat(QuestionTraits.timeSensitiveWord("What's the weather in Oslo?")).isEqualTo("weather");
        assertThat(QuestionTraits.timeSensitiveWord("latest Kotlin release")).isEqualTo("latest");
        assertThat(QuestionTraits.timeSensitiveWord("What is the stock price of ACME")).isEqualTo("stock price");
        assertThat(QuestionTraits.timeSensitiveWord("how do I reverse a list")).isNull();
    }

    /**
     * A thing named in one word put in place of one named in two: the questions have different numbers of
     * content words, so only an alignment on their common beginning and end finds the replaced part.
     */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Is it good for a golden retriever?                 | Is it good for a poodle?                          | golden retriever
            Is the museum free for senior citizens?            | Is the museum free for students?                   | senior citizens
            Could the problem be the router itself?            | Could the problem be the modem?                    | modem
            Which visa does a permanent resident need?         | Which visa does a citizen need?                    | permanent resident
            """)
    void aThingNamedInOneWordForOneNamedInTwoIsAnotherThing(String cached, String query, String evidence) {
        Verdict v = verifier.verify(cached.trim(), query.trim());
        assertThat(v.accepted()).as(v.toString()).isFalse();
        assertThat(v.rule()).isEqualTo(Rule.SCOPE);
        assertThat(v.evidence()).contains(evidence.trim());
        assertThat(verifier.verify(query.trim(), cached.trim()).accepted()).as("symmetric").isFalse();
    }

    /** One word for two is a change only between things: rephrased verbs, adverbs and joined compounds pass. */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            What should I wear?                                | What clothes should I put on?
            How do I clean the coffee maker?                   | How do I clean the coffeemaker?
            Can you explain that more simply?                  | Can you explain that in simpler terms?
            How long do they last?                             | What's their lifespan?
            """)
    void oneWordForTwoThatNamesNoThingIsARephrasing(String cached, String query) {
        Verdict v = verifier.verify(cached.trim(), query.trim());
        assertThat(v.accepted()).as(v.toString()).isTrue();
    }

    /** A part and its whole are different things, even where WordNet relates the two words through other senses. */
    @Test
    void aPartAndItsWholeAreDifferentThings() {
        WordNet wn = WordNet.get();
        assertThat(wn.related("war", "battle")).as("another sense relates them").isTrue();
        assertThat(wn.partWhole("war", "battle")).isTrue();
        assertThat(wn.partWhole("battles", "war")).isTrue();
        assertThat(wn.partWhole("war", "conflict")).isTrue();
        assertThat(wn.partWhole("dog", "cat")).isFalse();
        Verdict v = verifier.verify("Which war was the bloodiest?", "Which battle was the bloodiest?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.SCOPE);
        assertThat(verifier.verify("How much beef do cattle give?", "How much beef do cows give?").accepted())
                .as("synonyms still pass").isTrue();
    }

    @Test
    void thingsAreNounsThatAreNoVerbsOrAdverbs() {
        WordNet wn = WordNet.get();
        assertThat(wn.thing("rye")).isTrue();
        assertThat(wn.thing("charger")).as("a noun, though 'charge' is a verb").isTrue();
        assertThat(wn.thing("citizens")).isTrue();
        assertThat(wn.thing("retriever")).as("not in WordNet's common words: a thing").isTrue();
        assertThat(wn.thing("pack")).isFalse();
        assertThat(wn.thing("required")).isFalse();
        assertThat(wn.thing("more")).isFalse();
        assertThat(wn.thing("quickly")).isFalse();
    }

    /** Roles swapped around an asymmetric relation, found through inflections and in runs of several words. */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Can a landlord evict a tenant?                     | Can tenants evict their landlord?
            Does a stock split affect the share price?         | Does the share price affect a stock split?
            Is every square a rectangle?                       | Is every rectangle a square?
            Does the Dog class inherit from the Animal class?  | Does the Animal class inherit from the Dog class?
            Does chronic stress cause insomnia?                | Does insomnia cause chronic stress?
            What can I use instead of butter?                  | What can I use butter instead of?
            """)
    void swappedRolesAreRefused(String cached, String query) {
        Verdict v = verifier.verify(cached.trim(), query.trim());
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.DIRECTION);
        assertThat(verifier.verify(query.trim(), cached.trim()).rule()).as("symmetric").isEqualTo(Rule.DIRECTION);
    }

    /** Swaps whose verb is a stop word ("tell", "need") or whose one side is a pronoun that changes case (I / me). */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Should my lawyer tell the court?                   | Should the court tell my lawyer?
            Do I need a letter from my doctor?                 | Does my doctor need a letter from me?
            Should I get a refund from the shop?               | Should the shop get a refund from me?
            Do they want an apology from us?                   | Do we want an apology from them?
            """)
    void swapsBehindStopWordVerbsAndPronounsAreRefused(String cached, String query) {
        Verdict v = verifier.verify(cached.trim(), query.trim());
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.DIRECTION);
        assertThat(verifier.verify(query.trim(), cached.trim()).rule()).as("symmetric").isEqualTo(Rule.DIRECTION);
        assertThat(verifier.verify("Should I tell my manager?", "Do I need to tell my manager?").accepted()).isTrue();
        assertThat(verifier.verify("Do I need to tell my landlord?", "Does my landlord need to be told?").accepted())
                .as("passive").isTrue();
    }

    /** A pronoun on the other side of a preposition takes the other role ("mix it with" / "mix with it"). */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            What can I connect it to?                          | What can I connect to it?
            What can I mix it with?                            | What can I mix with it?
            What do I pour it into?                            | What do I pour into it?
            """)
    void aPronounMovedAcrossAPrepositionIsRefused(String cached, String query) {
        Verdict v = verifier.verify(cached.trim(), query.trim());
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.DIRECTION);
        assertThat(verifier.verify(query.trim(), cached.trim()).rule()).as("symmetric").isEqualTo(Rule.DIRECTION);
        assertThat(verifier.verify("What can I plug it into?", "What can I plug it in to?").accepted()).isTrue();
    }

    /** Reorderings that keep the roles: symmetric relations, the passive voice, a phrase put in front. */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Is Python similar to Ruby?                         | Is Ruby similar to Python?
            How far is Paris from London?                      | How far is London from Paris?
            Is Rust compatible with WebAssembly?               | Is WebAssembly compatible with Rust?
            Is the earth orbited by the moon?                  | Does the moon orbit the earth?
            How are property taxes calculated?                 | How do you calculate property taxes?
            In Kotlin, how do I read a file line by line?      | How do I read a file line by line in Kotlin?
            Is a tomato a fruit or a vegetable?                | Is a tomato a vegetable or a fruit?
            Is Python slower than Java?                        | Is Java faster than Python?
            Is London bigger than Paris?                       | Is Paris smaller than London?
            What makes a strong password?                      | What makes a password strong?
            How do I keep the soup hot?                        | How do I keep hot the soup?
            """)
    void reorderingsThatKeepTheRolesPass(String cached, String query) {
        Verdict v = verifier.verify(cached.trim(), query.trim());
        assertThat(v.accepted()).as(v.toString()).isTrue();
    }

    /**
     * Words that only ask the aspect ("how much", "what caused") are left out of the substitution check when both
     * questions ask the same aspect; "how long until" asks when; "how many walks a day" asks how often.
     */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            How much is it?                                    | What does it cost?
            How much is a ticket?                              | How much does a ticket cost?
            Why did the fire start?                            | What caused the fire?
            How long until the paint dries?                    | When will the paint be dry?
            How often should I water it?                       | How many times a week should I water it?
            How often should I feed her?                       | How many meals does she need each day?
            """)
    void wordsThatOnlyAskTheAspectMayChange(String cached, String query) {
        Verdict v = verifier.verify(cached.trim(), query.trim());
        assertThat(v.accepted()).as(v.toString()).isTrue();
        assertThat(verifier.verify(query.trim(), cached.trim()).accepted()).as("symmetric").isTrue();
    }

    @Test
    void aComparisonTurnedRoundNeedsTheOppositeWord() {
        assertThat(verifier.verify("Is London bigger than Paris?", "Is Paris bigger than London?").rule())
                .isEqualTo(Rule.DIRECTION);
        assertThat(verifier.verify("Is London bigger than Paris?", "Is London smaller than Paris?").rule())
                .isEqualTo(Rule.NEGATION);
    }

    /** ... and other aspects, periods or things still count. */
    @ParameterizedTest(name = "{2}: {0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            How long is it?                                    | How wide is it?                                   | SCOPE
            How often should I water it?                       | How much should I water it?                       | SCOPE
            How many times a week should I water it?           | How many times a day should I water it?           | NUMBER
            How much milk per day?                             | How much milk per week?                           | NUMBER
            Why did the fire start?                            | Why did the fire stop?                            | NEGATION
            How long until the paint dries?                    | How long does the paint take to dry?              | SCOPE
            """)
    void otherAspectsPeriodsAndThingsStillCount(String cached, String query, Rule rule) {
        Verdict v = verifier.verify(cached.trim(), query.trim());
        assertThat(v.rule()).as(v.toString()).isEqualTo(rule);
    }

    /** A short question with every content word of the other plus more asks something narrower. */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Can I skip the butter?                             | Can I skip the butter and sugar?
            Can I feed him rice?                               | Can I feed him brown rice?
            Should I wash the jacket?                          | Should I wash the leather jacket?
            Can I use rice?                                    | Can I use organic brown rice?
            """)
    void addedContentWordsAreRefused(String cached, String query) {
        Verdict v = verifier.verify(cached.trim(), query.trim());
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.SCOPE);
        assertThat(verifier.verify(query.trim(), cached.trim()).rule()).as("symmetric").isEqualTo(Rule.SCOPE);
    }

    /** ... unless the added words are fillers, judgements, or name what a pronoun stood for. */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Can I freeze it?                                   | Can I freeze the soup?
            Can I skip the butter?                             | Can I actually skip the butter?
            Can I feed him rice?                               | Is it safe to feed him rice?
            Can I use a cast iron pan?                         | Can I use a skillet?
            """)
    void addedFillersAndRestatedContextPass(String cached, String query) {
        Verdict v = verifier.verify(cached.trim(), query.trim());
        assertThat(v.accepted()).as(v.toString()).isTrue();
    }

    /** Two different things of one kind, one named by a compound, or a changed head noun with a new modifier. */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Will the ethernet cable fit my laptop?             | Will the charger fit my laptop?
            Does the memory card work in my camera?            | Does the lens work in my camera?
            How do I add a header row?                         | How do I add a sorted header column?
            Does it support stored procedures?                 | Does it support triggers?
            Should I buy a mechanical keyboard?                | Should I buy a second wireless mouse?
            """)
    void anotherThingOfTheSameKindIsRefused(String cached, String query) {
        Verdict v = verifier.verify(cached.trim(), query.trim());
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.SCOPE);
        assertThat(verifier.verify(query.trim(), cached.trim()).rule()).as("symmetric").isEqualTo(Rule.SCOPE);
    }

    /** "Which" questions about one choice that ask a different property or predicate. */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Which one is lighter?                              | Which one lasts longer?
            Which is easier to clean?                          | Which one takes less space?
            """)
    void whichQuestionsWithAnotherPredicateAreRefused(String cached, String query) {
        Verdict v = verifier.verify(cached.trim(), query.trim());
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.SCOPE);
        assertThat(verifier.verify("Which one is lighter?", "Which is the lighter one?").accepted()).isTrue();
    }

    /** The same verb with another particle or preposition does something else. */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            How do I write it off?                             | How do I write with it?
            Can I pay it back?                                 | Can I pay with it?
            How do I sign in?                                  | How do I sign up?
            """)
    void anotherParticleOfTheSameVerbIsRefused(String cached, String query) {
        Verdict v = verifier.verify(cached.trim(), query.trim());
        assertThat(v.accepted()).as(v.toString()).isFalse();
        assertThat(verifier.verify("How do I log into it?", "How do I log in to it?").accepted()).isTrue();
    }

    /** A time, a condition or what a set takes in, added to the same question, narrows it. */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            How much salt should I use?                        | How much salt should I use before baking?
            When should I water the lawn?                      | When should I water the lawn after mowing?
            Can I eat the leftovers?                           | Can I eat the leftovers if they smell sour?
            How do I copy the directory?                       | How do I copy the directory, including hidden files?
            """)
    void anAddedTimeConditionOrInclusionIsAQualifier(String cached, String query) {
        Verdict v = verifier.verify(cached.trim(), query.trim());
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.SCOPE);
        assertThat(verifier.verify(query.trim(), cached.trim()).rule()).as("symmetric").isEqualTo(Rule.SCOPE);
        assertThat(verifier.verify("What is a Roth IRA?", "Sorry if this is a silly question, but what is a Roth IRA?")
                .accepted()).as("an apology is no condition").isTrue();
    }

    /** An opposite whose other word is negated says the same thing ("not cold" / "warm"). */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            How do I keep the baby warm at night?              | How do I make sure the baby doesn't get cold at night?
            Why is my fridge not cold?                         | Why is my fridge warm?
            Is the water not deep?                             | Is the water shallow?
            """)
    void aNegatedOppositeIsAParaphrase(String cached, String query) {
        assertThat(verifier.verify(cached.trim(), query.trim()).accepted()).isTrue();
        assertThat(verifier.verify(query.trim(), cached.trim()).accepted()).as("symmetric").isTrue();
        assertThat(verifier.verify("Why is my fridge cold?", "Why is my fridge warm?").rule()).isEqualTo(Rule.NEGATION);
        assertThat(verifier.verify("Is the water not deep?", "Is the water not shallow?").rule()).isEqualTo(Rule.NEGATION);
    }

    /** "How many weeks does it take" asks how long; "those two" points back and asks no quantity. */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            How long does the course take?                     | How many weeks does the course take?
            How long does the battery last?                    | How many hours does the battery last?
            How long does it need on low?                      | How many hours should it cook on low?
            How long can cooked rice stay in the fridge?       | How many days is cooked rice safe in the fridge?
            Which one is cheaper?                              | Of those two, which is cheaper?
            """)
    void aCountOfTimeUnitsAsksHowLongAndThoseTwoPointsBack(String cached, String query) {
        assertThat(verifier.verify(cached.trim(), query.trim()).accepted()).isTrue();
        assertThat(verifier.verify(query.trim(), cached.trim()).accepted()).as("symmetric").isTrue();
        assertThat(verifier.verify("How many days a week should I train?", "How long should I train?").accepted())
                .as("a frequency").isFalse();
        assertThat(verifier.verify("Can I buy two tickets?", "Can I buy three tickets?").accepted()).isFalse();
        assertThat(verifier.verify("How long should the call last?", "What's a good number of minutes for the call?")
                .accepted()).as("a number of minutes").isTrue();
    }

    /** "How big", "how deep", "how accurate" ask an attribute: another aspect than "how long" or "what is". */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            How long do they live?                             | How big do they get?
            How deep should I plant the bulbs?                 | How often should I water the bulbs?
            What is the rule of 72?                            | How accurate is the rule of 72?
            """)
    void howAndAnAdjectiveAsksItsAttribute(String cached, String query) {
        Verdict v = verifier.verify(cached.trim(), query.trim());
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.SCOPE);
        assertThat(verifier.verify(query.trim(), cached.trim()).rule()).as("symmetric").isEqualTo(Rule.SCOPE);
        assertThat(verifier.verify("How big do they get?", "How large do they grow?").accepted()).isTrue();
        assertThat(verifier.verify("How fast is it?", "How quick is it?").accepted()).isTrue();
    }

    /** "Fails to start" says "does not start": a negation on both sides. */
    @Test
    void failingToIsANegation() {
        assertThat(verifier.verify("Why won't my car start?", "Why does my car fail to start?").accepted()).isTrue();
        assertThat(verifier.verify("Why doesn't my sourdough rise?", "What makes sourdough fail to rise?").accepted())
                .isTrue();
        assertThat(verifier.verify("Why does my car fail to start?", "Why does my car start?").rule())
                .isEqualTo(Rule.NEGATION);
    }

    /** "Cut out" and "give up" stop something, as "stop" does; "cut down" only reduces it. */
    @Test
    void cuttingOutAndGivingUpStop() {
        assertThat(verifier.verify("Should I stop drinking coffee?", "Should I cut out coffee?").accepted()).isTrue();
        assertThat(verifier.verify("Should I stop smoking?", "Should I give up smoking?").accepted()).isTrue();
        assertThat(verifier.verify("Should I stop drinking coffee?", "Should I cut down on coffee?").rule())
                .isEqualTo(Rule.NEGATION);
    }

    /** "She" and "her" change roles as "I" and "me" do: who owes whom. */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            How much do I owe her?                             | How much does she owe me?
            Should I call her?                                 | Should she call me?
            """)
    void sheAndHerSwapRoles(String cached, String query) {
        Verdict v = verifier.verify(cached.trim(), query.trim());
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.DIRECTION);
        assertThat(verifier.verify(query.trim(), cached.trim()).rule()).as("symmetric").isEqualTo(Rule.DIRECTION);
        assertThat(verifier.verify("How much do I owe her?", "How much do I still owe her?").accepted()).isTrue();
        assertThat(verifier.verify("Should I call her?", "Should I phone her?").accepted()).isTrue();
    }

    /**
     * Added words that narrow a short follow-up: a participle before the shared noun, another item joined with
     * "plus" or after a shared pronoun, an adjective or participle that ends the question and states a condition.
     */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Do I need a switch?                                | Do I need a managed switch?
            Should I refinance all of them?                    | Should I refinance all of them plus my car loan?
            Can I sell them?                                   | Can I sell them and the frames?
            How long will it keep?                             | How long will it keep frozen?
            Can I eat it?                                      | Can I eat it raw?
            """)
    void addedParticiplesJoinedItemsAndStatesNarrowTheQuestion(String cached, String query) {
        Verdict v = verifier.verify(cached.trim(), query.trim());
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.SCOPE);
        assertThat(verifier.verify(query.trim(), cached.trim()).rule()).as("symmetric").isEqualTo(Rule.SCOPE);
    }

    /** An added adverb that is no state ("together") or a restated context still passes. */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Can I mix acrylic and latex paint?                 | Can latex and acrylic paint be mixed together?
            Do I need a switch?                                | Do I need to buy a switch?
            Can I freeze it?                                   | Can I freeze the soup?
            Can I bring my dog?                                | Is bringing my dog allowed?
            Should I repaint the whole wall?                   | Is repainting the whole wall necessary?
            """)
    void addedWordsThatOnlyRestateStillPass(String cached, String query) {
        assertThat(verifier.verify(cached.trim(), query.trim()).accepted()).isTrue();
        assertThat(verifier.verify(query.trim(), cached.trim()).accepted()).as("symmetric").isTrue();
    }

    /** A relative clause after a noun ("that share global flags") is a qualifier the other question lacks. */
    @Test
    void aRelativeClauseQualifies() {
        Verdict v = verifier.verify("How do I add subcommands?", "How do I add subcommands that share global flags?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.SCOPE);
        assertThat(verifier.verify("How do I find a plumber who works weekends?", "How do I find a plumber?").rule())
                .isEqualTo(Rule.SCOPE);
        assertThat(verifier.verify("Which library compresses images?", "What's a library that compresses images?")
                .accepted()).as("the clause holds the other's words").isTrue();
    }

    /** A leading greeting, thanks or apology is no part of the question, whatever words it holds. */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            How do I reseal a leaky shower tray?               | Hello, apologies for the basic question: how do I reseal a leaky shower tray?
            How do I add a favicon to a Jekyll site?           | Thanks for your time. How do I add a favicon to a Jekyll site?
            How do I repot an orchid?                          | Good morning! Sorry for the long wait on my side. How do I repot an orchid?
            """)
    void aLeadingCourtesyIsNoPartOfTheQuestion(String cached, String query) {
        assertThat(verifier.verify(cached.trim(), query.trim()).accepted()).isTrue();
        assertThat(verifier.verify(query.trim(), cached.trim()).accepted()).as("symmetric").isTrue();
        assertThat(verifier.verify("How do I add a favicon?", "Hi! How do I add a favicon without a plugin?").rule())
                .as("the question after it is still read").isEqualTo(Rule.SCOPE);
    }

    /**
     * A phrase put in front and closed by a comma ("In CSS, ...") is read where it belongs, and "the rules of
     * pickleball" names what "the pickleball rules" names: no roles change places.
     */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            How do I hide the scrollbar but keep scrolling in CSS? | In CSS, how do I keep scrolling but hide the scrollbar?
            What are the rules of pickleball for doubles?      | For doubles, what are the pickleball rules?
            What is the price of a ticket for students?        | For students, what is the ticket price?
            """)
    void aFrontedPhraseAndAnOfCompoundSwapNoRoles(String cached, String query) {
        assertThat(verifier.verify(cached.trim(), query.trim()).accepted()).isTrue();
        assertThat(verifier.verify(query.trim(), cached.trim()).accepted()).as("symmetric").isTrue();
        assertThat(verifier.verify("What can I use instead of ghee?", "What can I use ghee instead of?").rule())
                .isEqualTo(Rule.DIRECTION);
        assertThat(verifier.verify("For a tenant, can the landlord evict?", "Can the tenant evict a landlord?").rule())
                .isEqualTo(Rule.DIRECTION);
        assertThat(verifier.verify("Is the owner of the dog liable?", "Is the dog of the owner liable?").rule())
                .isEqualTo(Rule.DIRECTION);
    }

    /** Two "which" questions of up to six content words with other predicates ask about other qualities. */
    @Test
    void longerWhichQuestionsWithOtherPredicatesDiffer() {
        Verdict v = verifier.verify("Which one costs less per square metre?", "Which one feels warmer underfoot?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.SCOPE);
        assertThat(verifier.verify("Which one costs less per square metre?", "Which one is cheaper per square metre?")
                .accepted()).isTrue();
    }

    /** Number words after a multiplier add up ("six hundred and fifty"), and "gigs" are gigabytes. */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Is a 650 credit score good?                        | Is a credit score of six hundred and fifty good?
            Is a 650 credit score good?                        | Is a credit score of six hundred fifty good?
            Is 16 GB enough for video editing?                 | Are sixteen gigs enough for video editing?
            """)
    void compoundNumberWordsAndGigsAreRead(String cached, String query) {
        assertThat(verifier.verify(cached.trim(), query.trim()).accepted()).isTrue();
        assertThat(verifier.verify(query.trim(), cached.trim()).accepted()).as("symmetric").isTrue();
        assertThat(verifier.verify("Is a 650 credit score good?", "Is a credit score of six hundred good?").rule())
                .isEqualTo(Rule.NUMBER);
        assertThat(verifier.verify("Is 16 GB enough for video editing?", "Are eight gigs enough for video editing?")
                .rule()).isEqualTo(Rule.NUMBER);
    }

    /** A place named by its initials ("LA") or its demonym ("Hawaiian") is the same place. */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Driving time from LA to Las Vegas                  | How long is the drive from Los Angeles to Las Vegas?
            Can I collect seashells on beaches in Hawaii?      | Can I collect seashells on Hawaiian beaches?
            Cheap flights to New York                          | Cheap flights to NY
            """)
    void initialsAndDemonymsNameThePlace(String cached, String query) {
        assertThat(verifier.verify(cached.trim(), query.trim()).accepted()).isTrue();
        assertThat(verifier.verify(query.trim(), cached.trim()).accepted()).as("symmetric").isTrue();
        assertThat(verifier.verify("Cheap flights to New York", "Cheap flights to NJ").accepted()).isFalse();
        assertThat(verifier.verify("How do I learn Rust?", "How do I learn Russian?").accepted()).isFalse();
        assertThat(verifier.verify("Is Java faster than Go?", "Is JavaScript faster than Go?").accepted()).isFalse();
    }

    /**
     * Cleaning something "off" removes it, as "remove" does; a participle after a noun or an article describes a
     * state ("a drain blocked with hair"), which stops nothing.
     */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            How do I remove rust from garden tools?            | How do I clean rust off garden tools?
            How do I unclog a shower drain full of hair?       | How can I clear a shower drain blocked with hair?
            """)
    void cleaningOffRemovesAndAParticipleAfterANounStopsNothing(String cached, String query) {
        assertThat(verifier.verify(cached.trim(), query.trim()).accepted()).isTrue();
        assertThat(verifier.verify(query.trim(), cached.trim()).accepted()).as("symmetric").isTrue();
        assertThat(verifier.verify("How do I recover deleted files?", "How do I delete files?").rule())
                .isEqualTo(Rule.NEGATION);
        assertThat(verifier.verify("How do I wash my car?", "How do I wash the old wax off my car?").rule())
                .isEqualTo(Rule.NEGATION);
    }

    /** An opposite the other question also names in other words ("sluggish" for "slow") opposes nothing. */
    @Test
    void anOppositeBothQuestionsNameIsNoChange() {
        assertThat(verifier.verify("How do I speed up a slow laptop?", "How can I make a sluggish laptop faster?")
                .accepted()).isTrue();
        assertThat(verifier.verify("How can I make a sluggish laptop faster?", "How do I speed up a slow laptop?")
                .accepted()).as("symmetric").isTrue();
        assertThat(verifier.verify("Why is my laptop slow?", "Why is my laptop fast?").rule()).isEqualTo(Rule.NEGATION);
        assertThat(verifier.verify("How do I cool a hot room?", "How do I heat a cold room?").rule())
                .isEqualTo(Rule.NEGATION);
    }

    /** A light verb with the noun of the other question's verb ("set prices" for "price") adds nothing. */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            How should I price my mugs?                        | How should I set prices for my mugs?
            Should I call her?                                 | Should I give her a call?
            """)
    void aLightVerbWithTheVerbsNounAddsNothing(String cached, String query) {
        assertThat(verifier.verify(cached.trim(), query.trim()).accepted()).isTrue();
        assertThat(verifier.verify(query.trim(), cached.trim()).accepted()).as("symmetric").isTrue();
        assertThat(verifier.verify("Should I call her?", "Should I give her a call and flowers?").accepted()).isFalse();
    }

    /** A qualifier phrase put in place of another, the rest the same, asks under another condition. */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Can I take it on a plane?                          | Can I take it in checked luggage?
            Is it safe for a toddler?                          | Is it safe for a baby?
            """)
    void aReplacedQualifierAsksUnderAnotherCondition(String cached, String query) {
        Verdict v = verifier.verify(cached.trim(), query.trim());
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.SCOPE);
        assertThat(verifier.verify(query.trim(), cached.trim()).rule()).as("symmetric").isEqualTo(Rule.SCOPE);
        assertThat(verifier.verify("Can I use it with kids?", "Can I use it for children?").accepted()).isTrue();
        assertThat(verifier.verify("Is it safe during pregnancy?", "Is it safe while pregnant?").accepted()).isTrue();
    }

    /** A light verb with a noun naming another act ("give her a gift") is not the single verb ("call her"). */
    @Test
    void aLightVerbWithAnotherActsNounIsAnotherAct() {
        Verdict v = verifier.verify("Should I call her?", "Should I give her a gift?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.SCOPE);
        assertThat(verifier.verify("Should I give him a tip?", "Should I pay him?").rule()).isEqualTo(Rule.SCOPE);
        assertThat(verifier.verify("Should I call her?", "Should I give her a call?").accepted()).isTrue();
    }

    /** A pro-form ("the main ones") stands for a word both questions share; it is not an added qualifier. */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            What are the main renewable energy sources?      | Which renewable energy sources are the main ones?
            What are the cheapest flights to Oslo?           | Which flights to Oslo are the cheapest ones?
            """)
    void aProFormIsNotAnAddedWord(String cached, String query) {
        assertThat(verifier.verify(cached, query).accepted()).as(verifier.explain(cached, query).toString()).isTrue();
        assertThat(verifier.verify("Which flights to Oslo are cheap?", "Which flights to Oslo are cheap on weekends?")
                .accepted()).isFalse();
    }

    // --- fifth round: follow-ups that add a qualifier or change the person ---

    /** Another item joined to a shared one is added even when the predicate was reworded too. */
    @Test
    void aJoinedItemIsAddedWhateverElseChanged() {
        Verdict v = verifier.verify("What glue holds it together?", "What glue and clamps do I need?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.SCOPE);
        assertThat(verifier.verify("What glue and clamps do I need?", "What glue holds it together?").rule())
                .as("symmetric").isEqualTo(Rule.SCOPE);
        // words that name what a pronoun of the other question stands for still restate it
        assertThat(verifier.verify("Can I freeze it?", "Can I freeze the leftover soup?").accepted()).isTrue();
    }

    /** A modifier before "ones" standing for the other question's pronoun narrows the question. */
    @Test
    void aModifierOnOnesNarrowsThePronoun() {
        Verdict v = verifier.verify("How long do I bake them?", "How long do I bake the large ones?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.SCOPE);
        assertThat(verifier.verify("Which ones are best?", "Which are the best ones?").accepted()).isTrue();
    }

    /** After an article, a shared word WordNet knows only as a verb is the noun the added modifiers qualify. */
    @Test
    void modifiersBeforeASharedVerbNounAreAdded() {
        Verdict v = verifier.verify("What should I check after a reboot?",
                "What should I check after a forced cold reboot?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.SCOPE);
        assertThat(verifier.verify("What should I check after a reboot?", "What do I need to check after a reboot?")
                .accepted()).isTrue();
    }

    /** "over" opens a qualifier phrase as "under" does; with the phrase on both sides nothing is added. */
    @Test
    void overOpensAQualifier() {
        Verdict v = verifier.verify("Which paint should I use?", "Which paint should I use over old varnish?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.SCOPE);
        assertThat(verifier.verify("Can I turn it over?", "Can I turn it over now?").accepted()).isTrue();
        assertThat(verifier.verify("Which paint should I use over old varnish?",
                "What paint should I put over old varnish?").accepted()).isTrue();
    }

    /** "at" after a content word opens a time or place qualifier; after a function word it qualifies nothing. */
    @Test
    void atAfterAContentWordOpensAQualifier() {
        Verdict v = verifier.verify("How do I get to the stadium from the station?",
                "How do I get to the stadium from the station at rush hour?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.SCOPE);
        assertThat(verifier.verify("I am at a loss: how do I fix my leaking sink?", "How do I fix my leaking sink?")
                .accepted()).isTrue();
        assertThat(verifier.verify("Where should I park at the airport?", "Where can I park at the airport?").accepted())
                .isTrue();
    }

    /** The same question about another person's situation is another question; "you" and "we" ask for the asker. */
    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Can you tell me how to renew it?        | How can I renew it?
            Should we repaint it?                   | Should I repaint it?
            How do you renew it?                    | How do I renew it?
            """)
    void anotherPersonAsSubjectIsAnotherQuestion(String cached, String query) {
        assertThat(verifier.verify(cached.trim(), query.trim()).accepted()).isTrue();
        Verdict v = verifier.verify("Does she need a visa for it?", "Do I need a visa for it?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.SCOPE);
        assertThat(verifier.verify("Can he claim it back?", "Can she claim it back?").rule()).isEqualTo(Rule.SCOPE);
    }

    /** The same word going "to" a thing in one question and coming "from" it in the other reverses the direction. */
    @Test
    void toAgainstFromReversesTheDirection() {
        Verdict v = verifier.verify("How do I import contacts to my phone?", "How do I import contacts from my phone?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.DIRECTION);
        assertThat(verifier.verify("How do I move files from my laptop to a USB stick?",
                "How do I move files to a USB stick from my laptop?").accepted()).isTrue();
    }

    /**
     * Opposite acts stay opposite when a question also names the other pole in a state ("soften a hard loaf" /
     * "harden a soggy loaf"); an opposite state against a goal does not ("a slow laptop" / "make it faster").
     */
    @Test
    void oppositeActsOnOtherStatesAreOpposites() {
        Verdict v = verifier.verify("How do I soften a hard loaf?", "How do I harden a soggy loaf?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.NEGATION);
        assertThat(verifier.verify("How do I sharpen a dull knife?", "How do I blunt a jagged knife?").rule())
                .isEqualTo(Rule.NEGATION);
        assertThat(verifier.verify("How do I speed up a slow laptop?", "How can I make a sluggish laptop faster?")
                .accepted()).isTrue();
    }

    /** A verb with a modifier of its own ("oven-roast") is another way of cooking than a single unrelated verb. */
    @Test
    void aModifiedVerbIsAnotherAct() {
        Verdict v = verifier.verify("Can I boil these potatoes?", "Can I oven-roast these potatoes?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.SCOPE);
        assertThat(verifier.verify("How do I return it?", "How do I send it back?").accepted()).isTrue();
        assertThat(verifier.verify("How do I get my money back?", "How do I get a refund?").accepted()).isTrue();
    }

    /** A participle after a noun with a phrase after it ("indexed by date") qualifies the noun. */
    @Test
    void aParticiplePhraseAfterANounQualifiesIt() {
        Verdict v = verifier.verify("How do I plot a series in pandas?", "How do I plot a series in pandas indexed by date?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.SCOPE);
        assertThat(verifier.verify("Can a Kotlin interface have a default method?",
                "Is a default method allowed in a Kotlin interface?").accepted()).isTrue();
    }

    /** A bare "Morning!" greets and an apology may end at ", but": neither is part of the question. */
    @Test
    void aGreetingOrApologyBeforeButIsCourtesy() {
        assertThat(verifier.verify("How do I rotate a PDF page?",
                "Morning! Could you tell me how to rotate a PDF page?").accepted()).isTrue();
        assertThat(verifier.verify("How do I peel a mango?",
                "Sorry for the basic question, but how do I peel a mango?").accepted()).isTrue();
        assertThat(verifier.verify("What should I eat in the evening?", "What should I eat in the morning?")
                .accepted()).isFalse();
        Verdict v = verifier.verify("How do I rotate a PDF page?", "Sorry, but how do I rotate a scanned PDF page?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.SCOPE);
    }

    /** "after" and "before" order two things in time: swapping them around the word asks another question. */
    @Test
    void swappedAroundAfterIsAnotherOrder() {
        Verdict v = verifier.verify("Can I sow red clover after winter wheat in the same field?",
                "Can I sow winter wheat after red clover in the same field?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.DIRECTION);
        assertThat(verifier.verify("Should I stretch before running?", "Is stretching before a run a good idea?")
                .accepted()).isTrue();
        assertThat(verifier.verify("Why does my dog limp after walks?", "Why does my dog limp after a walk?")
                .accepted()).isTrue();
    }

    /** Adding against dropping the same thing are opposite acts. */
    @Test
    void addAgainstDropIsAnOppositeAct() {
        Verdict v = verifier.verify("Can I add more shifts this month?", "Can I drop some shifts this month?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.NEGATION);
        assertThat(verifier.verify("Can I add more shifts this month?", "Is it possible to take on extra shifts this month?")
                .accepted()).isTrue();
    }

    /** "once" and "after" a thing happens, "too" and "overly": words of the same sense are no other question. */
    @Test
    void wordsOfTheSameSenseAreTheSameQuestion() {
        assertThat(verifier.verify("Should I water them once they have sprouted?",
                "Should I water them after they have sprouted?").accepted()).isTrue();
        assertThat(verifier.verify("Is this jacket too warm for spring?", "Would this jacket be overly warm for spring?")
                .accepted()).isTrue();
        Verdict v = verifier.verify("Should I water them once they have sprouted?",
                "Should I water them before they have sprouted?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.SCOPE);
    }

    /** A verb of stopping misspelt in the other question stops the same thing; another verb does not. */
    @Test
    void aMisspeltStoppingVerbStillStops() {
        assertThat(verifier.verify("How do I cancel my gym membership?", "how do i cancle my gym membership")
                .accepted()).isTrue();
        Verdict v = verifier.verify("How do I stop my cat scratching the sofa?", "How do I get my cat to scratch the sofa?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.NEGATION);
    }

    /** Areas are units: the same number of square metres and of square feet is another amount. */
    @Test
    void areaUnitsOfTwoWordsAreUnits() {
        Verdict v = verifier.verify("How many square feet is a 40 square metre flat?",
                "How many square metres is a 40 square foot flat?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.NUMBER);
        assertThat(verifier.verify("Is 2 acres enough for a pony?", "Is two acres enough for a pony?").accepted())
                .isTrue();
    }

    /** "processor" names the CPU; the GPU is another part. */
    @Test
    void processorIsTheCpu() {
        assertThat(verifier.verify("Why is my CPU so hot when I game?", "Why is my processor so hot when I game?")
                .accepted()).isTrue();
        Verdict v = verifier.verify("Why is my CPU so hot when I game?", "Why is my GPU so hot when I game?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.ENTITY);
    }

    /** In a short follow-up, a thing named in up to 3 words put in place of another is another question. */
    @Test
    void aReplacedSpanInAShortFollowUpIsAnotherThing() {
        Verdict v = verifier.verify("What about ducks?", "What about sea lions?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.SCOPE);
        v = verifier.verify("What about browser bookmarks?", "What about stored cookies?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.SCOPE);
        // a span with a word that may stand for one of the other's names the same thing
        assertThat(verifier.verify("What about the sofa?", "What about the living room couch?").accepted()).isTrue();
    }

    /** The asker and someone else in other roles (subject, object, possessor) ask whose case it is. */
    @Test
    void theAskerAndAnotherPersonInOtherRolesAreASwap() {
        Verdict v = verifier.verify("Can I borrow his ladder?", "Can he borrow my ladder?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.DIRECTION);
        v = verifier.verify("Does my policy cover me on my neighbour's bike?", "Does my neighbour's policy cover him on my bike?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.DIRECTION);
        // the same persons in the same roles, reordered, ask the same
        assertThat(verifier.verify("Will they refund me if I cancel my booking?",
                "If I cancel my booking, will they refund me?").accepted()).isTrue();
        assertThat(verifier.verify("Can my brother drive my car on my insurance?",
                "On my insurance, can my brother drive my car?").accepted()).isTrue();
    }

    /** Asking for more of a thing against asking for less of it, in words WordNet does not pair as opposites. */
    @Test
    void moreAgainstLessOfTheSameThingIsAnOpposite() {
        Verdict v = verifier.verify("What helps raise my iron levels?", "What brings down my iron levels?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.NEGATION);
        v = verifier.verify("How do I get my kids to read more often?", "How do I get my kids to cut down their reading?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.NEGATION);
        // both ask for less, or both for more
        assertThat(verifier.verify("How do I lower my electricity bill?", "How can I bring down my electricity bill?")
                .accepted()).isTrue();
        assertThat(verifier.verify("What helps raise my iron levels?", "What helps boost my iron levels?").accepted())
                .isTrue();
    }

    /** A condition with a clause of its own joined by "and" is another condition; the same clause in both is not. */
    @Test
    void aClauseAddedToAConditionIsAnotherCondition() {
        Verdict v = verifier.verify("What if it's snowing?", "What if it's snowing and he has a cold?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.SCOPE);
        assertThat(verifier.verify("What if the train is late and I miss my connection?",
                "What happens if the train is late and I miss my connection?").accepted()).isTrue();
    }

    /** Degree words, "until" / "before" a time and "send" / "submit" a form ask the same; another act does not. */
    @Test
    void wordsOfTheSameSenseInAQuestion() {
        assertThat(verifier.verify("How long until the paint is dry?", "How long before the paint is dry?").accepted())
                .isTrue();
        assertThat(verifier.verify("Is the curry quite spicy?", "Is the curry fairly spicy?").accepted()).isTrue();
        assertThat(verifier.verify("Where do I submit my expense claim?", "Where do I send my expense claim?")
                .accepted()).isTrue();
        Verdict v = verifier.verify("Where do I submit my expense claim?", "Where do I approve my expense claim?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.SCOPE);
    }

    /** "what separates A from B" is symmetric; an apology may end at a comma before the question; "less" undoes an opposite. */
    @Test
    void symmetricSeparationCourtesyBeforeAQuestionWordAndLessenedOpposites() {
        assertThat(verifier.verify("What separates a crocodile from an alligator?",
                "What separates an alligator from a crocodile?").accepted()).isTrue();
        assertThat(verifier.verify("How do I defrost a freezer?",
                "Apologies for the beginner question, how do I defrost a freezer?").accepted()).isTrue();
        assertThat(verifier.verify("Is the train cheaper than the coach?", "Is the train less expensive than the coach?")
                .accepted()).isTrue();
        // still refused: the other pole without "less", and a qualifier after the courtesy
        Verdict v = verifier.verify("Is the train cheaper than the coach?", "Is the train more expensive than the coach?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.NEGATION);
        v = verifier.verify("How do I defrost a freezer?", "Sorry, how do I defrost a freezer without unplugging it?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.SCOPE);
    }

    /** In a longer question, one span naming another thing is another question; a synonym or compound is not. */
    @Test
    void aReplacedSpanInALongerQuestionIsAnotherThing() {
        Verdict v = verifier.verify("What aperture does my camera pick in night mode at a concert?",
                "What shutter speed does my camera pick in night mode at a concert?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.SCOPE);
        v = verifier.verify("How do I export the contacts of my old Android phone to a laptop?",
                "How do I export the text messages of my old Android phone to a laptop?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.SCOPE);
        assertThat(verifier.verify("How do I clean the seats of my automobile with household products?",
                "How do I clean the seats of my motor car with household products?").accepted()).isTrue();
        assertThat(verifier.verify("How do I send the email attachment from my work account?",
                "How do I send the mail attachment from my work account?").accepted()).isTrue();
    }

    /** The main subject changing from the asker to someone else, the other words the same, is another question. */
    @Test
    void theMainSubjectChangingPersonIsAnotherQuestion() {
        Verdict v = verifier.verify("Do I need to sign the lease before she moves in?",
                "Does she need to sign the lease before she moves in?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.SCOPE);
        v = verifier.verify("Can my landlord keep the deposit I paid to him?",
                "Can I keep the deposit my landlord paid to me?");
        assertThat(v.accepted()).as(v.toString()).isFalse();
        // "you" may be the asker, and "we" is the asker too
        assertThat(verifier.verify("Can you freeze cooked rice twice?", "Can I freeze cooked rice twice?").accepted())
                .isTrue();
        assertThat(verifier.verify("Should we book the ferry in advance?", "Should I book the ferry in advance?")
                .accepted()).isTrue();
    }

    /** Two short follow-ups sharing no word and asking other properties are other questions; one property is not. */
    @Test
    void shortFollowUpsAskingOtherPropertiesAreOtherQuestions() {
        Verdict v = verifier.verify("How sturdy is it?", "How big a load can it carry?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.SCOPE);
        v = verifier.verify("Which is cheaper to run?", "Which one lasts longer?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.SCOPE);
        // the same property in other words, an evaluative word, or a time asked two ways
        assertThat(verifier.verify("Which one is quicker?", "Which one is faster?").accepted()).isTrue();
        assertThat(verifier.verify("Which is faster?", "Which one works better?").accepted()).isTrue();
        assertThat(verifier.verify("When should I feed it?", "What time of day suits it best?").accepted()).isTrue();
        // two adjectives alone, no count, cost, age or size: too often one property WordNet does not relate
        assertThat(verifier.verify("How fast is it?", "What speed does it reach?").accepted()).isTrue();
        assertThat(verifier.verify("Which is easier to clean?", "Which one is simpler to wipe down?").accepted()).isTrue();
    }

    /** Acts going opposite ways along a WordNet scale (slowing / speeding, adding / taking off) are opposites. */
    @Test
    void actsGoingOppositeWaysAreOpposites() {
        Verdict v = verifier.verify("How do I hold back the flowering of my basil plants?",
                "How do I hurry along the flowering of my basil plants?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.NEGATION);
        v = verifier.verify("When should I add another layer?", "When should I take one off?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.NEGATION);
        // the same direction in other words, and a verb that is no act asked about ("full of")
        assertThat(verifier.verify("How do I hurry along the flowering of my basil plants?",
                "How do I speed up the flowering of my basil plants?").accepted()).isTrue();
        assertThat(verifier.verify("How do I unclog a bathroom sink full of soap?",
                "How can I clear a bathroom sink blocked with soap?").accepted()).isTrue();
    }

    /** A participle clause after a comma or a "whose" clause that adds a condition is another question. */
    @Test
    void anAddedClauseIsAnotherCondition() {
        Verdict v = verifier.verify("How do I measure a directory with du?",
                "How do I measure a folder with du, counting the hidden entries inside it?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.SCOPE);
        v = verifier.verify("How do I build a Python dictionary with a default value?",
                "How do I build a Python dictionary whose default depends on the key?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.SCOPE);
        // a clause that only rewords the other question's words
        assertThat(verifier.verify("How do I merge two folders, keeping every file?",
                "How can I merge two folders and keep every file?").accepted()).isTrue();
        assertThat(verifier.verify("How do I clean a carpet, using only household products?",
                "How do I clean a carpet with only household products?").accepted()).isTrue();
    }

    /** Moving a thing into a state against moving it from that state to the opposite one is an opposite. */
    @Test
    void movingIntoAStateAgainstOutOfItIsAnOpposite() {
        Verdict v = verifier.verify("How do I set my GitHub repository to private?",
                "How do I make my private GitHub repository public?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.NEGATION);
        // the state named before the noun in both, or the same move in other words
        assertThat(verifier.verify("How do I change a public playlist to private?",
                "How do I turn a public playlist private?").accepted()).isTrue();
        assertThat(verifier.verify("How do I switch my GitHub repository to private?",
                "How do I change my GitHub repository to private?").accepted()).isTrue();
    }

    /** Verbs of putting in, with "instead" in both, and a closing "then" reword the question. */
    @Test
    void puttingInInsteadAndAClosingThenAreRewordings() {
        assertThat(verifier.verify("Can I swap in oat milk instead?", "Could I use oat milk instead?").accepted()).isTrue();
        assertThat(verifier.verify("How do I reset it?", "How can I reset it then?").accepted()).isTrue();
        // other acts with "instead", and the same verbs without it
        Verdict v = verifier.verify("Can I bake it instead?", "Can I fry it instead?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.SCOPE);
        v = verifier.verify("Can I use oat milk?", "Can I swap oat milk?");
        assertThat(v.rule()).as(v.toString()).isEqualTo(Rule.SCOPE);
    }
}
