package io.semanticrouter.pii;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words around a candidate number, read as evidence for or against one reading of it. Only the sentence
 * that holds the number counts: the words before it back to the last question or exclamation mark, semicolon or
 * full stop followed by a capital (so "tel. 030..." and "fig. 3.1..." keep their cue), and the words after it up
 * to the next one. Words are runs of letters, split where a small letter meets a capital, lower-cased, so
 * {@code client_ip} holds {@code ip} and {@code socialSecurityNumber} holds {@code social}, and a plural counts
 * as its singular; the signs {@code $ € £ ¥ ₹ § #} count as words of their own.
 *
 * <p>The nearest cue decides: a number is read by the word closest to it, so "the server runs version
 * 2.4.1.3" is a version, and "section 4 of the notes lists host 10.0.0.2" is a host.
 */
final class ContextCues {

    /** What the nearest cue says. */
    enum Verdict { FOR, AGAINST, NONE }

    /** The head of a label that stands for "identifier": number, no., #, id, code... ("lot number", "case no."). */
    static final Set<String> LABEL_HEADS = Set.of(
            "number", "no", "nr", "nbr", "num", "nº", "#", "id", "ident", "identifier", "code", "ref", "key",
            "location", "nummer", "número", "numero", "numéro", "nro");

    /**
     * Nouns that name an identifier other than a personal one: before a label head ("part number", "staff no.")
     * or alone as the label ("lot 314-...", "seal 512-...", "IMEI 35..."). Commerce, logistics, stock, devices,
     * banking, health records, law, insurance, memberships and work tickets. Words that name personal data
     * (phone, card, social, tax) are not here.
     */
    static final Set<String> IDENTIFIER_NOUNS = Set.of(
            "part", "lot", "batch", "seal", "bin", "case", "serial", "sku", "order", "ticket", "invoice",
            "tracking", "reference", "model", "accession", "claim", "policy", "member", "membership", "docket",
            "shipment", "parcel", "consignment", "container", "pallet", "waybill", "awb", "manifest", "booking",
            "reservation", "confirmation", "transaction", "receipt", "voucher", "coupon", "asset", "inventory",
            "stock", "catalog", "catalogue", "product", "article", "item", "component", "shelf", "aisle", "rack",
            "slot", "locker", "warehouse", "imei", "iccid", "meid", "imsi", "mac", "vin", "chassis", "engine",
            "device", "firmware", "build", "version", "revision", "release", "patent", "permit", "certificate",
            "registration", "licence", "license", "plate", "passport", "file", "document", "record", "matter",
            "court", "citation", "warrant", "inmate", "badge", "staff", "employee", "personnel", "payroll",
            "student", "enrollment", "enrolment", "patient", "specimen", "sample", "kit", "vial", "requisition",
            "prescription", "rx", "routing", "aba", "transit", "swift", "bic", "iban", "account", "loan",
            "mortgage", "contract", "project", "job", "incident", "issue", "bug", "request", "change", "quote",
            "estimate", "purchase", "po", "customer", "client", "supplier", "vendor", "tag", "label", "barcode",
            "ean", "upc", "gtin", "isbn", "issn", "doi", "ein", "fein", "npi", "dea", "seat", "flight", "pnr",
            "run", "sequence", "seq", "session", "token", "tariff", "customs", "declaration", "hs", "lab", "well", "cassette", "tube", "cartridge", "unit", "meter", "boleto", "pedido", "protocolo",
            "rastreio", "commande", "facture", "dossier", "bestellung", "rechnung", "kunden", "artikel",
            // registers of organisations, animals and exam entries: "charity number", "microchip no.",
            // "candidate no.", "rental agreement RA ..."
            "charity", "microchip", "chip", "candidate", "agreement", "exam", "vat", "registry");

    /**
     * Identifier nouns that are a label on their own, without a head after them: words that are hardly ever
     * said right before a phone number, a card or an SSN for any other reason ("Reservations: 020 ..." is a
     * phone line, so "reservation" needs a head).
     */
    static final Set<String> BARE_LABELS = Set.of(
            "part", "lot", "batch", "seal", "bin", "case", "serial", "sku", "invoice", "tracking", "model",
            "accession", "docket", "pallet", "waybill", "awb", "imei", "iccid", "meid", "imsi", "vin", "chassis",
            "patent", "permit", "specimen", "barcode", "ean", "upc", "gtin", "isbn", "issn", "ein", "fein", "npi",
            "aba", "routing", "asset", "voucher", "coupon", "container", "manifest");

    /**
     * Nouns that name a register only before an abbreviated head: "company no. 04237561" is a registration,
     * but "the company number is 0161 ..." is as often the firm's phone line.
     */
    private static final Set<String> ABBREVIATED_LABEL_NOUNS = Set.of("company", "firm");
    /** The abbreviated heads of a label: no., nr., nº, #. */
    private static final Set<String> ABBREVIATED_HEADS = Set.of("no", "nr", "nº", "#");
    /** Articles and possessives skipped at the start of a label phrase ("The IMEI of ..."). */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "its", "my", "your",
            "our", "their", "his", "her", "new", "old");
    /** Prepositions that may follow the label at the start of a phrase ("IMEI of the handset:"). */
    private static final Set<String> LABEL_LINKS = Set.of("of", "for", "on", "from", "in", "at", "to");
    /** A verb that joins a label to its value ("the lot number is ..."). */
    private static final Set<String> COPULAS = Set.of("is", "was", "are", "were", "reads", "remains", "é", "es",
            "est", "ist");
    private static final Pattern COLON_END = Pattern.compile(":\\s*$");
    /**
     * An identifier noun, then a short code in capitals right before the number: the series prefix of an
     * identifier ("agreement RA 0044 5512 39", "contract HK 2231 0098").
     */
    private static final Pattern SERIES_PREFIX = Pattern.compile("(\\p{L}+)\\s+\\p{Lu}{2,3}\\s+$");
    /** The word that ends the text, separated from its end by spaces only. */
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\s+$");

    private static final Pattern WORD = Pattern.compile("\\p{L}+|[$€£¥₹§#]");
    /** A small letter followed by a capital: the joint of a camelCase key (socialSecurityNumber, OrderID). */
    private static final Pattern CAMEL_BOUNDARY = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    /** Endings that make one written word a label: Vertragsnummer, Kundennr, zipcode, bookingref. */
    private static final List<String> COMPOUND_HEADS = List.of("nummer", "number", "nr", "code", "ref");
    /** Endings that make a label only after an identifier noun (orderid, kundenno): alone they end common words. */
    private static final List<String> SHORT_COMPOUND_HEADS = List.of("no", "id");
    /**
     * Words that may stand right before a number without naming it: articles, possessives, pronouns,
     * prepositions, conjunctions, forms of "be", and verbs whose object is the number ("write", "enter").
     */
    static final Set<String> FUNCTION_WORDS = Set.of("is", "was", "are", "were", "be", "been", "my", "his", "her",
            "their", "your", "our", "its", "the", "a", "an", "of", "at", "to", "for", "and", "or", "with", "in",
            "on", "as", "by", "from", "it", "this", "that", "me", "him", "us", "them", "s", "use", "used", "write",
            "wrote", "written", "enter", "entered", "type", "typed", "put", "add", "added", "send", "sent", "give",
            "gave", "giving", "provide", "provided", "verify", "verified", "confirm", "confirmed", "check", "checked",
            "update", "updated", "list", "listed", "read", "reads", "says", "said", "shows", "showing", "has", "had",
            "have", "got", "get", "try", "still", "now", "also", "then", "just", "not", "but", "if", "so", "yes",
            "no", "ok", "please", "thanks", "hi", "hello", "dear", "under", "into", "via", "per", "same", "new");
    /** A full stop ends a sentence before a capital, except after a title such as "Mrs." or "Dr." (a name follows). */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "[!?;](?=\\s|$)|(?<!\\b(?:Mr|Mrs|Ms|Dr|Prof|Sr|Sra|Jr|Mme|Mlle|Hr|Fr))\\.(?=\\s+\\p{Lu})");
    /** Words that join the two ends of a range ("305-12-4478 to 305-12-4490"). */
    private static final String RANGE_JOIN = "\\s*(?:to|through|thru|till|until|bis|à|a|até|[-–—])\\s*";
    /** The end of a row of comma-separated values: a line break, a semicolon or a slash between spaces. */
    private static final Pattern ROW_END = Pattern.compile("[\\n;]| / ");
    private static final int WINDOW_CHARS = 80;

    private ContextCues() {
    }

    /**
     * The verdict of the nearest cue within {@code before} words before the span and {@code after} words after
     * it; on equal distance the cue against wins.
     */
    static Verdict nearest(String text, int start, int end, int before, int after, Set<String> forWords,
                           Set<String> againstWords) {
        return nearest(text, start, end, before, after, forWords, againstWords, againstWords);
    }

    /** As {@link #nearest(String, int, int, int, int, Set, Set)}, with other words against before and after. */
    static Verdict nearest(String text, int start, int end, int before, int after, Set<String> forWords,
                           Set<String> againstBefore, Set<String> againstAfter) {
        List<String> left = wordsBefore(text, start, before);
        List<String> right = wordsAfter(text, end, after);
        int distance = Math.max(left.size(), right.size());
        for (int d = 0; d < distance; d++) {
            String l = d < left.size() ? left.get(d) : "";
            String r = d < right.size() ? right.get(d) : "";
            if (holds(againstBefore, l) || holds(againstAfter, r)) {
                return Verdict.AGAINST;
            }
            if (holds(forWords, l) || holds(forWords, r)) {
                return Verdict.FOR;
            }
        }
        return Verdict.NONE;
    }

    /**
     * What the label right before a number says about it. A label names another identifier when the words
     * right before the number are an identifier noun and a head ("part number", "court case no.", "staff
     * number", "routing #"), a bare label ("lot", "seal", "IMEI"), or, when a colon comes right before the
     * number or an "is" joins them, the phrase before starts with such a label (a bare label, or nouns and a
     * head) followed by a preposition or nothing else ("IMEI of the lost handset: ...", "the routing number
     * for the bank is ..."). A cue word of the type being checked among the label's words wins:
     * "social security number", "SSN #", "card number", "contact number" keep their reading; a cue word before
     * an identifier noun and a head does not ("registered charity number", "phone order no.").
     *
     * @return FOR when a cue word is among the three words before the number or in the colon phrase, AGAINST
     *         when the label names another identifier, else NONE
     */
    static Verdict label(String text, int start, Set<String> cueWords) {
        return label(text, start, cueWords, true);
    }

    /**
     * As {@link #label(String, int, Set)}; with {@code compounds} false a one-word compound label
     * ({@link #compoundLabel}) is not read, as for cards, whose foreign labels (Kartennummer) the cue words
     * do not hold.
     */
    static Verdict label(String text, int start, Set<String> cueWords, boolean compounds) {
        List<String> before = wordsBefore(text, start, 3);
        // in "registered charity number", "phone order number" the word before the label describes the thing
        // the label numbers: only the label's own two words can hold the cue
        List<String> own = before.size() > 2 && LABEL_HEADS.contains(before.get(0))
                && holds(IDENTIFIER_NOUNS, before.get(1)) && !holds(cueWords, before.get(1))
                ? before.subList(0, 2) : before;
        if (own.stream().anyMatch(w -> holds(cueWords, w) || compounds && compoundOf(w, cueWords))) {
            return Verdict.FOR;
        }
        if (namesIdentifier(before) || compounds && !before.isEmpty() && compoundLabel(before.get(0))
                || seriesPrefix(text, start)) {
            return Verdict.AGAINST;
        }
        List<String> phrase = colonPhrase(text, start);
        if (phrase.stream().anyMatch(w -> holds(cueWords, w))) {
            return Verdict.FOR;
        }
        return opensWithLabel(phrase) ? Verdict.AGAINST : Verdict.NONE;
    }

    /**
     * A label written as one word: a stem of three letters or more and a head such as nummer, number, nr, code
     * or ref (Vertragsnummer, Kundennr, bookingref), or an identifier noun and no or id (orderid, kundenno).
     */
    static boolean compoundLabel(String word) {
        for (String head : COMPOUND_HEADS) {
            if (word.length() >= head.length() + 3 && word.endsWith(head)) {
                return true;
            }
        }
        for (String head : SHORT_COMPOUND_HEADS) {
            if (word.endsWith(head) && IDENTIFIER_NOUNS.contains(word.substring(0, word.length() - head.length()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A one-word label whose stem starts or ends with a cue word of the type being checked: Telefonnummer,
     * Festnetznummer, phonenumber, socialsecuritynumber name their own type.
     */
    private static boolean compoundOf(String word, Set<String> cueWords) {
        if (!compoundLabel(word)) {
            return false;
        }
        for (String cue : cueWords) {
            if (cue.length() >= 3 && !cue.equals(word) && (word.startsWith(cue) || stem(word).endsWith(cue))) {
                return true;
            }
        }
        return false;
    }

    private static String stem(String word) {
        for (String head : COMPOUND_HEADS) {
            if (word.endsWith(head)) {
                return word.substring(0, word.length() - head.length());
            }
        }
        return word;
    }

    /**
     * The written form of the word right before a number, read as a label without any list of labels: a
     * lower-case common word or an all-capitals acronym directly before the number ("receipt 208 44 9031",
     * "APN 512-28-0614") names some other identifier; a function word ("is", "my", "the", "write"), a
     * capitalised word (a name, the start of a sentence), a sign such as a colon or comma, or no word at all
     * says nothing. A cue word of the type being checked wins.
     *
     * @return FOR for a cue word, AGAINST for a common word or acronym, else NONE
     */
    static Verdict wordRightBefore(String text, int start, Set<String> cueWords) {
        Matcher m = LAST_WORD.matcher(text.substring(Math.max(0, start - WINDOW_CHARS), start));
        if (!m.find()) {
            return Verdict.NONE;
        }
        String word = m.group(1);
        String lower = word.toLowerCase(Locale.ROOT);
        if (holds(cueWords, lower) || words(word).stream().anyMatch(w -> holds(cueWords, w))) {
            return Verdict.FOR;
        }
        if (FUNCTION_WORDS.contains(lower) || word.length() < 2) {
            return Verdict.NONE;
        }
        boolean common = word.equals(lower);
        boolean acronym = word.equals(word.toUpperCase(Locale.ROOT)) && word.length() <= 5;
        return common || acronym ? Verdict.AGAINST : Verdict.NONE;
    }

    /**
     * Whether the number at {@code [start, end)} is one end of a range of two numbers of the same shape
     * ("305-12-4478 to 305-12-4490", "from 512-20-1000 through 512-20-1050"): a range numbers things (lockers,
     * seats, parcels), which a personal number never does.
     */
    static boolean inRange(String text, int start, int end, Pattern shape) {
        String after = text.substring(end, Math.min(text.length(), end + 40));
        Matcher next = Pattern.compile("^" + RANGE_JOIN + "(?=\\d)").matcher(after);
        if (next.find()) {
            Matcher other = shape.matcher(after);
            if (other.find(next.end()) && other.start() == next.end()) {
                return true;
            }
        }
        String before = text.substring(Math.max(0, start - 40), start);
        Matcher prev = shape.matcher(before);
        while (prev.find()) {
            if (before.substring(prev.end()).matches(RANGE_JOIN)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of the column header of a value in comma-separated rows: the rows above the value's row that
     * have as many fields as it (rows end at a line break, a semicolon or a slash between spaces, as in a
     * table pasted onto one line: "first,last,ssn / Ada,Wells,402158833"), read up to the topmost of them, the
     * header, whose field at the value's position names the column ("employee,ssn,start" then
     * "Diaz,373042289,..." gives "ssn", in the row right below the header or in a later one). Empty when there
     * is no such header.
     */
    static List<String> columnHeader(String text, int start) {
        int rowStart = rowStart(text, start);
        if (rowStart <= 0) {
            return List.of();
        }
        Matcher rowEnd = ROW_END.matcher(text);
        int rowStop = rowEnd.find(start) ? rowEnd.start() : text.length();
        int fields = text.substring(rowStart, rowStop).split(",", -1).length;
        int column = text.substring(rowStart, start).split(",", -1).length - 1;
        String[] head = null;
        for (int above = rowStart; above > 0; ) {
            int sep = separatorStart(text, above);
            int headStart = Math.max(0, rowStart(text, sep));
            String[] row = text.substring(headStart, sep).split(",", -1);
            if (row.length != fields) {
                break;
            }
            head = row;
            above = headStart;
        }
        if (fields < 2 || head == null) {
            return List.of();
        }
        return words(head[column]);
    }

    /** Where the row that holds {@code pos} starts: after the last row end before it, or 0 (-1 if none). */
    private static int rowStart(String text, int pos) {
        Matcher end = ROW_END.matcher(text).region(0, pos);
        int from = -1;
        while (end.find()) {
            from = end.end();
        }
        return from;
    }

    /** The start of the row end right before the row that starts at {@code rowStart}. */
    private static int separatorStart(String text, int rowStart) {
        Matcher end = ROW_END.matcher(text).region(0, rowStart);
        int at = rowStart - 1;
        while (end.find()) {
            if (end.end() == rowStart) {
                at = end.start();
            }
        }
        return at;
    }

    /** An identifier noun and a code in capitals right before the number ({@link #SERIES_PREFIX}). */
    private static boolean seriesPrefix(String text, int start) {
        Matcher m = SERIES_PREFIX.matcher(text.substring(Math.max(0, start - WINDOW_CHARS), start));
        return m.find() && holds(IDENTIFIER_NOUNS, m.group(1).toLowerCase(Locale.ROOT));
    }

    /** "part number", "case no", "lot", "imei": nearest word first. */
    private static boolean namesIdentifier(List<String> before) {
        if (before.isEmpty()) {
            return false;
        }
        if (LABEL_HEADS.contains(before.get(0))) {
            return before.size() > 1 && (holds(IDENTIFIER_NOUNS, before.get(1))
                    || ABBREVIATED_HEADS.contains(before.get(0)) && holds(ABBREVIATED_LABEL_NOUNS, before.get(1)));
        }
        // two identifier nouns in a row name a thing by its kind ("sample tube", "asset tag", "lab kit")
        return holds(BARE_LABELS, before.get(0))
                || before.size() > 1 && holds(IDENTIFIER_NOUNS, before.get(0)) && holds(IDENTIFIER_NOUNS, before.get(1));
    }

    /**
     * The words of the phrase that introduces the number, in order: from the start of the sentence to a colon
     * right before {@code start} ("IMEI of the handset: ...") or to a verb "is" right before it ("the routing
     * number for the bank is ..."); empty when neither is there.
     */
    private static List<String> colonPhrase(String text, int start) {
        String window = text.substring(Math.max(0, start - WINDOW_CHARS), start);
        List<String> words = new ArrayList<>(wordsBefore(text, start, 12));
        if (!COLON_END.matcher(window).find()) {
            if (words.isEmpty() || !COPULAS.contains(words.get(0))) {
                return List.of();
            }
            words.remove(0);
        }
        Collections.reverse(words);
        return words;
    }

    /**
     * The phrase starts (after an article and a possessor) with identifier nouns, a head unless one of them is a bare label,
     * and then a preposition or its end: "IMEI of ...", "ABA routing number for ...", "lot number".
     */
    private static boolean opensWithLabel(List<String> phrase) {
        int i = 0;
        while (i < phrase.size() && DETERMINERS.contains(phrase.get(i))) {
            i++;
        }
        if (i + 1 < phrase.size() && phrase.get(i + 1).equals("s")) {
            i += 2; // a possessor: "the bank's routing number"
        }
        i = skipAdjectives(phrase, i);
        int first = i;
        boolean bare = false;
        while (i < phrase.size() && holds(IDENTIFIER_NOUNS, phrase.get(i))) {
            bare |= holds(BARE_LABELS, phrase.get(i));
            i++;
        }
        if (i == first) {
            return false;
        }
        if (i < phrase.size() && LABEL_HEADS.contains(phrase.get(i))) {
            i++;
        } else if (!bare) {
            return false; // "Patient: ..." introduces a person, "patient number: ..." an identifier
        }
        return i == phrase.size() || LABEL_LINKS.contains(phrase.get(i));
    }

    /**
     * Skips up to two describing words before identifier nouns and a head ("the municipal parcel id is",
     * "the old blue locker number:"): only when an identifier noun and then a head follow them, so a
     * bare label never takes an adjective.
     */
    private static int skipAdjectives(List<String> phrase, int from) {
        if (from < phrase.size() && holds(IDENTIFIER_NOUNS, phrase.get(from))) {
            return from;
        }
        for (int i = from + 1; i <= from + 2 && i + 1 < phrase.size(); i++) {
            if (holds(IDENTIFIER_NOUNS, phrase.get(i)) && LABEL_HEADS.contains(phrase.get(i + 1))) {
                return i;
            }
        }
        return from;
    }

    /** The word or, for a plural, its singular ("lookups", "gateways") is in the set. */
    private static boolean holds(Set<String> words, String word) {
        return words.contains(word) || word.length() > 3 && word.endsWith("s")
                && words.contains(word.substring(0, word.length() - 1));
    }

    /** Up to {@code n} words before {@code start}, nearest first, not crossing a sentence end. */
    static List<String> wordsBefore(String text, int start, int n) {
        String window = text.substring(Math.max(0, start - WINDOW_CHARS), start);
        Matcher end = SENTENCE_END.matcher(window);
        int from = 0;
        while (end.find()) {
            from = end.end();
        }
        List<String> words = words(window.substring(from));
        List<String> out = new ArrayList<>(n);
        for (int i = words.size() - 1; i >= 0 && out.size() < n; i--) {
            out.add(words.get(i));
        }
        return out;
    }

    /** Up to {@code n} words after {@code end}, nearest first, not crossing a sentence end. */
    static List<String> wordsAfter(String text, int end, int n) {
        String window = text.substring(end, Math.min(text.length(), end + WINDOW_CHARS));
        Matcher stop = SENTENCE_END.matcher(window);
        if (stop.find()) {
            window = window.substring(0, stop.start());
        }
        List<String> words = words(window);
        return words.subList(0, Math.min(n, words.size()));
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            for (String part : CAMEL_BOUNDARY.split(m.group())) {
                out.add(part.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
