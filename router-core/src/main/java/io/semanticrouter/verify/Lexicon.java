package io.semanticrouter.verify;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists behind {@link LexicalHitVerifier}: small, closed classes of words whose difference changes
 * what a question asks. All entries are lower case. Lists are deliberately short: a word missing here costs
 * a little protection, a wrong word here costs recall on every query that uses it.
 */
final class Lexicon {

    private Lexicon() {
    }

    /** Function words and question fillers that carry no topic. */
    static final Set<String> STOPWORDS = set("""
            a an the and or but if of at by for with about as into like through over to from in on up out
            is are was were be been being am do does did doing have has had having i me my mine we our you your
            he she it its they them their this that these those what which who whom whose where when why how
            can could would should will shall may might must there here so than too very just also any some
            please thanks thank hi hello hey quick question tell know want need help let get
            s t d ll ve re m o y
            """);

    /** Politeness and chatter: ignored wherever words are compared. */
    static final Set<String> FILLER = set("""
            please kindly thanks thank hi hello hey dear quick question could would you tell me wondering
            wonder curious explain describe anyone somebody someone guys folks help okay ok just actually really
            basically simply
            """);

    /** Words that negate. Contractions are expanded to "not" before this list is consulted. */
    static final Set<String> NEGATIONS = set("""
            not no never without none nothing nobody nowhere neither nor cannot unable
            nicht kein keine keinen keinem ohne nie niemals pas sans jamais aucun aucune sin nunca ningun ninguna
            nao sem nenhum non senza mai niente niet geen zonder nooit
            """);

    /** Pairs of words of the same sense in a question ("once" / "after" they are grown, "too" / "overly" formal). */
    static final List<String[]> SAME_SENSE = pairs("once after, too overly, too excessively, quite fairly, quite rather, "
            + "fairly rather, until before, till before, send submit");

    /** Pairs of opposite words (compared on their stems). */
    static final List<String[]> ANTONYMS = pairs("""
            on off, enable disable, enabled disabled, allow block, allow deny, allow forbid, permit forbid,
            with without, before after, increase decrease, increase reduce, raise lower, include exclude, add remove, add drop,
            start stop, encrypt decrypt, upload download, import export, install uninstall, open close,
            buy sell, lend borrow, min max, minimum maximum, lock unlock, connect disconnect, show hide,
            for against, pro anti, within after, within beyond, grant revoke, allow revoke, hire fire, approve deny, arrest release, eat avoid, prevent treat, prevent cure, starting stopping, true false, good bad, best worst, win lose, above below, more less, more fewer, higher lower, bigger smaller, larger smaller,
            faster slower, over under, inside outside, first last, early late, earlier later, push pull,
            send receive, import export, input output, in out, positive negative, gain lose, gain loss,
            profit loss, asc desc, ascending descending, compress decompress, zip unzip, mount unmount,
            subscribe unsubscribe, follow unfollow, like dislike, safe unsafe, legal illegal, possible impossible,
            valid invalid, visible invisible, public private, internal external, hot cold, heat cool, warm cool,
            wet dry, light heavy, light dark, long short, old new, young old, cheap expensive, rich poor,
            male female, men women, man woman, boy girl, husband wife, son daughter, mother father,
            left right, north south, east west, up down, top bottom, front back, upstairs downstairs,
            import export, merge split, join split, accept reject, approve reject, pass fail, succeed fail,
            success failure, online offline, sync async, synchronous asynchronous, static dynamic,
            mutable immutable, encode decode, serialize deserialize, parse format, read write, get set,
            day night, morning evening, summer winter, spring autumn, weekday weekend, vegan vegetarian,
            arrive depart, arrival departure, login logout, sign_in sign_out, signup cancel, rent buy,
            domestic international, manual automatic, vertical horizontal, horizontally vertically, rise fall
            """);

    /** Evaluative words and quantifiers a paraphrase swaps freely ("good for beginners" / "suitable for a beginner"). */
    static final Set<String> EVALUATIVE = set("""
            good suitable ok okay fine great nice appropriate recommended right ideal best better worth decent
            proper correct possible advisable alright every all each any
            """);

    /**
     * Words that may be added to a question without narrowing it ("Can I exactly..."; "Is it safe to ..."):
     * hedges, intensifiers and judgements of the answer.
     */
    static final Set<String> ADDED_FILLERS = set("""
            exactly ever even still already yet generally usually normally typically also maybe perhaps possibly
            definitely necessarily safe bad wise smart idea normal fine alright okay ok really truly honestly
            anything something thing things way ways now much more whats until till
            """);

    /**
     * Words that open a qualifier phrase ("without external libraries", "in a microservice", "for a beginner"),
     * a time or condition ("after a workout", "if it rains") or what a set takes in ("including subfolders").
     */
    static final Set<String> QUALIFIER_MARKERS = set("""
            without using with for in during while as under via on only except within inside when
            after before if unless including excluding besides over
            """);

    /**
     * Qualifier phrases that qualify nothing ("in advance", "for example", "in simple terms", "sorry if this is a
     * dumb question", "if possible").
     */
    static final Set<String> VAGUE_QUALIFIERS = set("""
            advance general particular detail details short brief simple terms example instance words practice
            fact mind now well earth sure case plain english way advice tips idea ideas sense nutshell overall
            dumb stupid silly obvious naive possible moment
            """);

    /** Words ending in "ly" that are no adverb of manner. */
    static final Set<String> NOT_MANNER = set("""
            family italy july supply apply reply assembly monopoly anomaly butterfly ally rally belly jelly bully
            holy ugly only early daily weekly monthly yearly likely friendly lonely silly lovely elderly really
            actually basically simply usually exactly probably generally currently recently formerly previously
            originally
            """);

    /** Question aspects: different aspects of the same topic need different answers. */
    static final Map<String, String> ASPECT_WORDS = map("""
            why=why reason=why reasons=why cause=why causes=why causing=why caused=why
            when=when
            where=where
            who=who whom=who
            cost=cost costs=cost price=cost prices=cost priced=cost expensive=cost cheap=cost cheaper=cost cheapest=cost pricier=cost costlier=cost fee=cost fees=cost
            afford=cost
            duration=duration
            advantage=pros advantages=pros pros=pros
            disadvantage=cons disadvantages=cons drawback=cons drawbacks=cons cons=cons downside=cons
            downsides=cons risk=cons risks=cons danger=cons dangers=cons side_effects=cons
            symptom=symptoms symptoms=symptoms signs=symptoms
            treat=treatment treatment=treatment treatments=treatment cure=treatment remedy=treatment
            remedies=treatment relieve=treatment
            diagnose=diagnosis diagnosed=diagnosis diagnosis=diagnosis
            prevent=prevention prevention=prevention avoid=prevention
            example=example examples=example
            difference=difference differences=difference compare=difference versus=difference vs=difference
            """);

    /** Aspects that answer "how do I" questions with something else than a method. */
    static final Set<String> NON_METHOD_ASPECTS = set("cost duration quantity pros cons symptoms why when where who");

    /** Month, weekday and relative-day names: a different one asks about another date. */
    static final Set<String> DATE_WORDS = set("""
            january february april june july august september october november december
            jan feb apr jun jul aug sep sept oct nov dec
            monday tuesday wednesday thursday friday saturday sunday
            today tonight tomorrow yesterday weekend weekday morning afternoon evening
            spring summer autumn winter christmas easter
            """);

    /** Month names that are also common English words; dates only when capitalised or next to a number. */
    static final Set<String> AMBIGUOUS_MONTHS = set("may march");

    /** Words that follow a technical name and introduce its version ("Java 17", "iOS version 16"). */
    static final Set<String> VERSION_WORDS = set("version v ver release edition update");

    /** Markers of direction or order between two arguments. */
    static final Set<String> DIRECTION_MARKERS = set("to into than over onto towards toward from in");

    /** Markers of order in time between two arguments ("sow beans after clover"). */
    static final Set<String> ORDER_MARKERS = set("after before");

    /**
     * Words of a symmetric relation: "A is similar to B" asks what "B is similar to A" asks, so the two sides of
     * such a question may change places ("far from", "married to", "compatible with", "the same as", "what
     * separates A from B").
     */
    static final Set<String> SYMMETRIC_PREDICATES = set("""
            similar same equal equals identical equivalent interchangeable compatible incompatible related unrelated
            married adjacent close near far distance different differ differs distinct alike connected
            separate separates distinguish distinguishes differentiate differentiates
            """);

    /** Question words that name an aspect only when they open the question. */
    static final Set<String> QUESTION_WORDS = set("why when where who whom");

    /** Number words, with their value. */
    static final Map<String, Double> NUMBER_WORDS = numberWords();

    /** Multipliers that follow a number ("2 million", "three hundred"). */
    static final Map<String, Long> MULTIPLIERS = Map.of("hundred", 100L, "thousand", 1_000L, "k", 1_000L,
            "million", 1_000_000L, "m", 1_000_000L, "billion", 1_000_000_000L, "bn", 1_000_000_000L, "dozen", 12L);

    /** Words that start a time-sensitive question: the answer goes stale. */
    static final Set<String> TIME_SENSITIVE = set("""
            today tonight tomorrow yesterday right_now currently current latest newest recent news headlines
            breaking forecast weather trending this_week this_month this_year live_score stock_price share_price
            exchange_rate
            """);

    /**
     * Units: alias -> "dimension:canonical:factor" where factor converts to the dimension's base unit.
     * Temperatures and currencies have no conversion (factor 0 means "compare units exactly").
     */
    static final Map<String, Unit> UNITS = units("""
            time s 1: s sec secs second seconds
            time ms 0.001: ms millisecond milliseconds
            time min 60: min mins minute minutes
            time h 3600: h hr hrs hour hours
            time day 86400: day days
            time week 604800: week weeks wk wks
            time month 2628000: month months mo
            time year 31536000: year years yr yrs
            length mm 0.001: mm millimeter millimeters millimetre millimetres
            length cm 0.01: cm centimeter centimeters centimetre centimetres
            length m 1: m meter meters metre metres
            length km 1000: km kms kilometer kilometers kilometre kilometres
            length inch 0.0254: inch inches
            length ft 0.3048: ft foot feet
            length yd 0.9144: yd yard yards
            length mile 1609.344: mi mile miles
            area m2 1: square_metre square_metres square_meter square_meters sq_m m2 m²
            area km2 1000000: square_kilometre square_kilometres square_kilometer square_kilometers sq_km km2 km²
            area ft2 0.092903: square_foot square_feet sq_ft ft2 ft²
            area mi2 2589988: square_mile square_miles sq_mi
            area ha 10000: hectare hectares ha
            area acre 4046.86: acre acres
            mass mg 0.001: mg milligram milligrams
            mass g 1: g gram grams gr
            mass kg 1000: kg kgs kilo kilos kilogram kilograms
            mass lb 453.592: lb lbs pound pounds
            mass oz 28.3495: oz ounce ounces
            mass t 1000000: tonne tonnes ton tons
            volume ml 0.001: ml milliliter milliliters millilitre millilitres
            volume l 1: l liter liters litre litres
            volume gal 3.785: gal gallon gallons
            volume cup 0.24: cup cups
            volume tbsp 0.015: tbsp tablespoon tablespoons
            volume tsp 0.005: tsp teaspoon teaspoons
            data b 1: byte bytes
            data kb 1024: kb kib kilobyte kilobytes
            data mb 1048576: mb mib megabyte megabytes meg megs
            data gb 1073741824: gb gib gigabyte gigabytes gig gigs
            data tb 1099511627776: tb tib terabyte terabytes
            percent pct 1: percent pct %
            temperature c 0: c celsius centigrade °c
            temperature f 0: f fahrenheit °f
            temperature k 0: kelvin
            currency usd 0: usd dollar dollars $ bucks
            currency eur 0: eur euro euros €
            currency gbp 0: gbp £ sterling
            currency jpy 0: jpy yen ¥
            currency inr 0: inr rupee rupees ₹
            currency chf 0: chf franc francs
            currency cad 0: cad
            currency aud 0: aud
            currency cny 0: cny yuan rmb
            currency btc 0: btc bitcoin bitcoins
            speed kmh 0: kmh kph
            speed mph 0: mph
            power w 1: w watt watts
            power kw 1000: kw kilowatt kilowatts
            energy kwh 0: kwh
            energy cal 0: calorie calories kcal
            frequency hz 1: hz hertz
            frequency ghz 1000000000: ghz
            frequency mhz 1000000: mhz
            voltage v 0: volt volts
            """);

    /** Unit words that also mean something else; a unit only right after a number. */
    static final Set<String> UNITS_ONLY_AFTER_NUMBERS = set("s m h g l c f t k w v b mo gr min second cup cups pound pounds ton tons mi"
            + " gig gigs meg megs");

    /**
     * Technical names and other named things users ask about, with aliases mapped to one form. The first
     * word of a line is the canonical form; the others are aliases. Multi-word names are joined by '_'.
     */
    static final Map<String, String> ENTITY_ALIASES = aliases("""
            javascript js ecmascript
            typescript ts
            python py python3
            java
            kotlin
            swift
            golang go_lang
            rust
            ruby
            php
            perl
            scala
            haskell
            elixir
            erlang
            clojure
            dart
            lua
            julia
            matlab
            r_language rlang
            c++ cpp
            c#
            f#
            objective-c objc
            bash shell_script
            powershell
            sql
            html
            css
            react reactjs react.js
            angular angularjs
            vue vuejs vue.js
            svelte
            django
            flask
            fastapi
            spring_boot spring_framework
            rails ruby_on_rails
            laravel
            expressjs express.js
            nodejs node.js node
            deno
            .net dotnet
            jquery
            tensorflow
            pytorch torch
            numpy
            pandas
            scikit-learn sklearn
            keras
            postgresql postgres psql
            mysql
            mariadb
            sqlite
            mongodb mongo
            redis
            cassandra
            elasticsearch
            oracle
            sql_server mssql
            dynamodb
            kafka
            rabbitmq
            docker
            kubernetes k8s
            terraform
            ansible
            jenkins
            git
            github
            gitlab
            bitbucket
            aws amazon_web_services
            azure
            gcp google_cloud
            heroku
            linux
            ubuntu
            debian
            fedora
            centos
            windows
            macos osx mac_os mac
            ios
            android
            chrome
            firefox
            safari
            excel
            powerpoint
            photoshop
            iphone
            ipad
            pixel
            samsung
            apple
            google
            microsoft
            amazon
            facebook meta
            netflix
            spotify
            tesla
            toyota
            honda
            ford
            bmw
            visa
            mastercard
            paypal
            venmo
            uber
            airbnb
            maven
            gradle
            npm
            yarn
            conda
            intellij
            vscode vs_code visual_studio_code
            eclipse
            vim
            emacs
            nginx
            apache
            tomcat
            graphql
            grpc
            json
            xml
            yaml yml
            csv
            pdf
            http
            https
            tcp
            udp
            ssh
            ftp
            dns
            vpn
            wifi wi-fi
            bluetooth
            usb
            hdmi
            ssd
            hdd
            cpu processor
            computer pc
            television tv
            artificial_intelligence ai
            gpu
            ram
            new_york nyc new_york_city
            los_angeles
            san_francisco sf
            london
            paris
            berlin
            madrid
            lisbon
            rome
            barcelona
            amsterdam
            tokyo
            beijing
            shanghai
            delhi new_delhi
            mumbai
            sydney
            toronto
            chicago
            boston
            seattle
            dubai
            singapore
            usa united_states america american
            uk united_kingdom britain great_britain british
            canada canadian
            mexico mexican
            brazil brazilian
            argentina
            germany german
            france french
            spain spanish
            portugal portuguese
            italy italian
            netherlands holland
            japan japanese
            china chinese
            india indian
            australia australian
            russia russian
            ukraine
            egypt
            nigeria
            kenya
            south_africa
            ireland irish
            scotland
            sweden swedish
            norway
            switzerland
            greece greek
            turkey
            europe
            asia
            africa
            covid covid-19 coronavirus
            diabetes
            cancer
            asthma
            flu influenza
            ibuprofen advil
            paracetamol acetaminophen tylenol
            aspirin
            bitcoin btc
            ethereum
            """);

    /** Multi-word names (first word -> full names starting with it), for joining tokens before lookup. */
    static final Map<String, List<String[]>> MULTIWORD = multiword();

    /** A unit: dimension, canonical name and factor to the dimension's base (0 = no conversion). */
    record Unit(String dimension, String name, double factor) {
    }

    // --- builders of the tables ---

    private static Set<String> set(String words) {
        Set<String> s = new HashSet<>();
        for (String w : words.trim().split("\\s+")) {
            s.add(w.replace('_', ' '));
        }
        return Set.copyOf(s);
    }

    private static List<String[]> pairs(String text) {
        return java.util.Arrays.stream(text.split(","))
                .map(String::trim).filter(p -> !p.isEmpty())
                .map(p -> p.replace('_', ' ').split("\\s+"))
                .toList();
    }

    private static Map<String, String> map(String text) {
        Map<String, String> m = new HashMap<>();
        for (String kv : text.trim().split("\\s+")) {
            int eq = kv.indexOf('=');
            m.put(kv.substring(0, eq).replace('_', ' '), kv.substring(eq + 1));
        }
        return Map.copyOf(m);
    }

    private static Map<String, Unit> units(String text) {
        Map<String, Unit> m = new HashMap<>();
        for (String line : text.strip().split("\n")) {
            String[] parts = line.split(":");
            String[] head = parts[0].trim().split("\\s+");
            Unit u = new Unit(head[0], head[1], Double.parseDouble(head[2]));
            for (String alias : parts[1].trim().split("\\s+")) {
                m.put(alias.replace('_', ' '), u); // "square_feet": two words, joined as one when tokenized
            }
        }
        return Map.copyOf(m);
    }

    private static Map<String, String> aliases(String text) {
        Map<String, String> m = new HashMap<>();
        for (String line : text.strip().split("\n")) {
            String[] names = line.trim().split("\\s+");
            String canonical = names[0].replace('_', ' ');
            for (String n : names) {
                m.put(n.replace('_', ' '), canonical);
            }
        }
        return Map.copyOf(m);
    }

    private static Map<String, List<String[]>> multiword() {
        Map<String, List<String[]>> m = new HashMap<>();
        for (String name : ENTITY_ALIASES.keySet()) {
            if (name.contains(" ")) {
                String[] words = name.split(" ");
                m.computeIfAbsent(words[0], k -> new java.util.ArrayList<>()).add(words);
            }
        }
        for (String name : UNITS.keySet()) {
            if (name.contains(" ")) {
                String[] words = name.split(" ");
                m.computeIfAbsent(words[0], k -> new java.util.ArrayList<>()).add(words);
            }
        }
        for (String name : TIME_SENSITIVE) {
            if (name.contains(" ")) {
                String[] words = name.split(" ");
                m.computeIfAbsent(words[0], k -> new java.util.ArrayList<>()).add(words);
            }
        }
        m.values().forEach(l -> l.sort((x, y) -> y.length - x.length)); // longest first
        return Map.copyOf(m);
    }

    private static Map<String, Double> numberWords() {
        Map<String, Double> m = new HashMap<>();
        String[] small = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                + "fifteen sixteen seventeen eighteen nineteen").split(" ");
        for (int i = 0; i < small.length; i++) {
            m.put(small[i], (double) i);
        }
        String[] tens = "twenty thirty forty fifty sixty seventy eighty ninety".split(" ");
        for (int i = 0; i < tens.length; i++) {
            m.put(tens[i], (i + 2) * 10.0);
        }
        m.put("dozen", 12.0);
        m.put("couple", 2.0);
        m.put("half", 0.5);
        m.put("single", 1.0);
        m.put("double", 2.0);
        m.put("triple", 3.0);
        m.put("squared", 2.0); // "x squared" is "x^2"
        m.put("cubed", 3.0);
        return Map.copyOf(m);
    }
}
