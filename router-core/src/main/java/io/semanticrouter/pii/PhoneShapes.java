package io.semanticrouter.pii;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a run of digit groups is a phone number. A number with an international prefix ({@code +} or
 * {@code 00}) is one unless a word beside it says otherwise. Without it, the nearest cue word in the sentence
 * decides (call, mobile, fax... against order, invoice, ISBN, price, units...), and with no cue the number
 * must have a national shape:
 * <ul>
 *   <li>North American 3-3-4, with or without a leading 1 and brackets: (415) 555-0132, 1-800-555-0199;</li>
 *   <li>an area code in brackets: (11) 91234-5678, (0)157;</li>
 *   <li>a trunk 0 and 9 to 12 digits in all, as the UK, Germany, France, India and Brazil write national
 *       numbers: 020 7946 0958, 0151 23456789, 030/1234567, 06 12 34 56 78, 022 2345 6789, 0 98765 43210;</li>
 *   <li>an Indian mobile in the 5-5 or the 4-3-3 grouping: 98765 43210, 7042 118 903;</li>
 *   <li>a Brazilian two-digit area code and a dashed local number, a mobile with its leading 9 or a landline
 *       (first digit 2 to 5) in two groups of four: 11 3456-7890, 61 99123-4567, 21 98877 6655, 41 3027 6615;
 *       the written placeholder 0xx before the area code counts as the trunk 0 (0xx61 3345-1277).</li>
 * </ul>
 * A local number without its area code (3-4, 2-2-2, 3-3) needs a phone cue: six digits only under a phone
 * label ("Ortsnetz: 43 21 87"), seven may take the cue from up to six words after them. Units (hours, minutes,
 * kg...) count against a phone only after it. A bracketed trunk area code such as (0113) or (044) is refused only
 * by the word right before it.
 * A number with an international prefix is refused only by a word among the two right before it, so the other
 * words of its sentence ("claims team", "(24 hours)") do not count against it, and not even by those when a
 * phone word is among the three words before it ("takes phone orders on +44 ..."). A label that names another
 * identifier ("staff number", "routing number"; see {@link ContextCues#label}) refuses any number.
 * "My number is", "your number:" and the like count as a cue for a phone when no other cue is nearer, and so
 * does the German "unter NUMBER ... erreichen" (reach someone at). A callback phrase ("call back", "callback",
 * "ring me back", "reach me at") up to ten words before, even across a transcript's speaker turn, makes a number
 * of a national shape or a US number run together a phone ({@link #callbackBefore}); so does a verb of calling or
 * answering with "on" or "at" right before the number ("ring the garage in Hof on ...", "the desk picks up at ..."),
 * which also makes a seven-digit local number a phone ({@link #callOnBefore}), and so does a noun of asking a
 * helpline with "on" or "at" ("queries on ..."). A German switchboard number may end in "-0" (0711 98765-0).
 * A phone word after the number,
 * joined by "is" and an article ("... is the number for the porter", "... é o meu celular"), is a cue as well
 * ({@link #namedAfter}); so is a phone word in the phrase before a colon ("WhatsApp da Bia, do grupo: ..."), and,
 * for a US number run together, a phone word or a verb of calling or answering among the six words after it
 * ("... never picks up"; {@link #callAfter}). "In case" is read as the idiom, not as a case number. The digit
 * groups of a UPS tracking number (1Z and sixteen letters and digits) are never a phone
 * ({@link #insideTracking}). The cue words are English, Portuguese, Spanish, French, German and Dutch; Brazilian numbers without an area code (9xxxx-xxxx mobiles, xxxx-xxxx landlines,
 * or eleven digits run together) need one, since without it they look like ZIP+4 codes, year ranges and tax ids.
 * A Brazilian mobile run together is a phone right after a colon when it is not a valid CPF and no word against a
 * phone stands before the colon ({@link #brazilMobileRun}); a team right before an international number ("claims
 * team: +48 ...") makes it the team's line ({@link #teamBefore}); a person's number right before a national shape
 * ("my adjuster's direct number, ...") outweighs an against word farther away ({@link #personsNumber}).
 * One digit repeated, a plain run before a counted thing ("1834402 messages") and a Luhn-valid fifteen-digit IMEI
 * are never phones ({@link #lookAlike}); nor are
 * dates, times, dotted quads (the IPv4 shape) and the social security number shape; groups
 * after the second must hold at least two digits (so an ISBN such as 0-19-852663-6 is not one), and six or more
 * groups of two digits are a list (lottery numbers), not a phone.
 */
final class PhoneShapes {

    /** Words that announce a phone number. */
    static final Set<String> PHONE_WORDS = Set.of(
            "phone", "phones", "tel", "telephone", "telefon", "telefone", "téléphone", "tél", "mobile", "mobil",
            "cell", "cellphone", "handy", "desk", "fax", "call", "calls", "calling", "called", "ring", "text",
            "dialling", "dialing", "dialled", "dialed",
            "texts", "sms", "whatsapp", "dial", "reach", "contact", "landline", "line", "hotline",
            "helpline", "office", "answering", "answers", "answer", "messages", "message", "registered",
            "voicemail", "extension", "ext", "ligue", "liga", "ligar", "appelez", "appeler", "anruf", "ruf",
            "rufen", "celular", "portable", "numéro", "número", "nummer", "signal", "telegram", "viber",
            // pt (Brazil): mobile, landline, WhatsApp nicknames, message, contact, extension
            "cel", "fixo", "whats", "zap", "zapzap", "wpp", "mensagem", "mensagens", "recado", "contato", "ramal",
            // es: phone, mobile, landline, call, message
            "teléfono", "telefono", "móvil", "movil", "fijo", "llamar", "llámame", "llame", "mensaje", "contacto",
            // fr: landline, reach, call back
            "fixe", "joindre", "joignable", "rappeler", "appelle", "contactez", "contacter", "contacte",
            // es, pt: to contact someone (contáctame, contacte-me)
            "contactar", "contactame", "contáctame", "contatar", "contate",
            // de: reachable, to call, direct line, office, landline, the compound words for a phone number
            "erreichbar", "anrufen", "durchwahl", "büro", "festnetz", "rufnummer", "telefonnummer",
            "handynummer", "mobilnummer", "faxnummer", "ortsnetz", "vorwahl", "zentrale",
            // pt: the colloquial spelling of telefone; answers (on a number): "atende no 11 ...", "atendo pelo ..."
            "fone", "atende", "atendo", "atendem",
            // pt: to talk to someone ("falar com a Bia no ...", "fale com o síndico no ...")
            "falar", "fale",
            // nl: mobile, phone, phone number, to call
            "mobiel", "telefoon", "telefoonnummer", "mobielnummer", "bellen");

    /** German verbs of reaching someone: a phone cue only in the phrase "unter NUMBER erreichen Sie ...". */
    static final Set<String> REACH_WORDS_DE = Set.of("erreichen", "erreicht", "erreichst", "melden");

    /** Words that make a grouped number something other than a phone number. */
    static final Set<String> OTHER_NUMBER_WORDS = Set.of(
            "order", "orders", "invoice", "ticket", "ref", "reference", "isbn", "issn", "serial", "sn", "model",
            "part", "sku", "code", "id", "customer", "tracking", "batch", "lot", "case", "item", "course",
            "population", "price", "priced", "cost", "costs", "budget", "revenue", "balance", "total", "units",
            "unit", "score", "scores", "coordinates", "version", "build", "release", "page", "pages", "kg", "km",
            "mg", "ms", "milliseconds", "seconds", "minutes", "hours", "dollars", "euros", "eur", "usd", "gbp",
            "inr", "brl", "rupees", "reais", "percent", "account", "iban", "bic", "swift", "transaction",
            "receipt", "policy", "claim", "shipment", "parcel", "container", "vin", "passport", "licence",
            "license", "imei", "st", "street", "road", "rd", "ave", "avenue", "apt", "suite", "blvd", "lane",
            "box", "zip", "postcode", "postal", "product", "products", "catalog", "article", "ean", "upc",
            "barcode", "patent", "docket", "file", "document", "registration", "permit", "certificate", "member",
            "membership", "employee", "student", "patient", "contract", "loan", "confirmation", "$", "€", "£", "¥", "₹", "#",
            // draws and games: lottery numbers and results are digit pairs, never a phone
            "lotto", "lottery", "loto", "lotería", "loteria", "lotterie", "lottozahlen", "jackpot", "draw", "drawn",
            "draws", "bingo", "keno", "powerball", "euromillions", "sorteio", "sorteo", "tirage", "ziehung",
            "winning", "goals", "points", "pts",
            // pt, es, fr, de: order, invoice, tax and postal numbers, price, account
            "pedido", "fatura", "protocolo", "cpf", "cnpj", "cep", "boleto", "rastreio", "código", "codigo",
            "preço", "valor", "conta", "factura", "precio", "cuenta", "referencia", "commande", "facture",
            "référence", "montant", "prix", "compte", "bestellung", "bestellnummer", "kundennummer", "rechnung",
            "rechnungsnummer", "auftrag", "auftragsnummer", "artikelnummer", "sendungsnummer", "seriennummer",
            "steuernummer", "konto", "kontonummer", "preis", "betrag", "plz", "postleitzahl",
            // library classifications, written in dotted groups (UDC 004.738.5, Dewey 025.04)
            "udc", "ddc", "dewey", "classmark", "shelfmark", "classification",
            // counters of message queues and logs (Kafka consumer lag, a partition's offset)
            "offset", "lag", "partition");

    /**
     * Units and counts that follow the number they measure ("90 minutes", "12 kg"): against a phone only after
     * it, so "out-of-hours (0113) ..." keeps its reading.
     */
    static final Set<String> UNIT_WORDS = Set.of("hours", "minutes", "seconds", "ms", "milliseconds", "kg", "km",
            "mg", "percent", "goals", "points", "pts");
    /** The against words that count before a number: all but the units. */
    private static final Set<String> OTHER_BEFORE = otherBefore();

    /** "is" in the languages of the cue words, as it joins a number to the phone word after it. */
    private static final Set<String> COPULAS_AFTER = Set.of("is", "was", "é", "era", "es", "est", "ist");
    /** Articles and possessives between "is" and the phone word: "is the", "é o meu", "est mon". */
    private static final Set<String> ARTICLES_AFTER = Set.of("the", "my", "our", "your", "his", "her", "their",
            "its", "o", "a", "meu", "minha", "nosso", "nossa", "seu", "sua", "el", "la", "mi", "su", "le", "mon",
            "ma", "notre", "son", "sa", "mein", "meine", "die", "der", "unsere", "unser");
    private static final Set<String> POSSESSIVES = Set.of("my", "your", "his", "her", "our", "their", "whose");
    private static final Pattern DATE = Pattern.compile(
            "\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}(?:[ T]\\d{1,2})?|\\d{1,2}[-./]\\d{1,2}[-./]\\d{2,4}");
    /** Four dotted groups of up to three digits: an IPv4 shape, refused or not as an address, is never a phone. */
    private static final Pattern DOTTED_QUAD = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
    private static final Pattern SSN_SHAPE = Pattern.compile("\\d{3}[- ]\\d{2}[- ]\\d{4}");
    private static final Pattern NANP = Pattern.compile("(?:1[ .-]?)?(?:\\([2-9]\\d{2}\\)|[2-9]\\d{2})[ .-]?\\d{3}[ .-]\\d{4}");
    /** A North American number run together, area code and exchange starting 2-9: 2125550199 (or an id). */
    private static final Pattern NANP_RUN = Pattern.compile("1?[2-9]\\d{2}[2-9]\\d{6}");
    private static final Pattern BRACKETED_AREA = Pattern.compile("\\(\\d{1,5}\\).*");
    private static final Pattern TRUNK = Pattern.compile("0\\d*(?:[ .\\-/]\\d+)*");
    /** An Indian mobile: ten digits from 6 to 9, grouped 5-5 (98765 43210) or 4-3-3 (7042 118 903). */
    private static final Pattern INDIA_MOBILE = Pattern.compile(
            "[6-9]\\d{4}[ -]\\d{5}|[6-9]\\d{3}([ -])\\d{3}\\1\\d{3}");
    /**
     * A Brazilian mobile run together: a two-digit area code without a zero, the mobile 9 and eight digits
     * whose first is 6 to 9 (85991123344). The shape of a CPF (a tax id) too, so {@link #brazilMobileRun} reads
     * it only right after a colon and when its check digits are not a CPF's.
     */
    private static final Pattern BRAZIL_MOBILE_RUN = Pattern.compile("[1-9]{2}9[6-9]\\d{7}");
    /** A number of plain digits, no leading zero, no grouping: a count or an id as often as a phone. */
    private static final Pattern PLAIN_RUN = Pattern.compile("[1-9]\\d{5,14}");
    /**
     * Things that are counted, right after a plain run: "1834402 messages", "99120 events" is a counter of
     * a queue or a log, not a phone.
     */
    private static final Set<String> COUNTED = Set.of("messages", "events", "records", "rows", "bytes", "errors",
            "requests", "retries");
    /** Nouns of a group of people right before an international number: "the claims team: +48 ...". */
    private static final Set<String> TEAM_NOUNS = Set.of("team", "teams", "department", "dept", "squad", "crew");
    private static final Pattern BRAZIL_LOCAL = Pattern.compile(
            "[1-9]{2} (?:9?\\d{4}[-.]|9\\d{4} |[2-5]\\d{3} )\\d{4}");
    /** A local number without its area code: 3-4 (London 946 0321), 2-2-2 or 3-3 (a German local exchange). */
    private static final Pattern LOCAL = Pattern.compile("\\d{3}[ -]\\d{4}|\\d{2} \\d{2} \\d{2}|\\d{3} \\d{3}");
    /** A trunk area code in brackets: (0113), (044), (030). */
    private static final Pattern BRACKETED_TRUNK = Pattern.compile("\\(0\\d{1,4}\\).*");
    /** The Brazilian written placeholder for the carrier code before the area code: 0xx61 reads as 061. */
    private static final Pattern TRUNK_PLACEHOLDER = Pattern.compile("^(\\(?)0[xX]{2}");
    private static final Pattern INTERNATIONAL_PREFIX = Pattern.compile("^(?:\\+|00)\\d{1,3}[ .-]?(?:\\(0\\)[ .-]?)?");
    /**
     * A request to call someone back or a way to reach them: "call back", "call me back", "callback", "ring
     * her back", "reach me at", "reach us on".
     */
    private static final Pattern CALLBACK = Pattern.compile("(?i)(?<!\\p{L})(?:(?:call|ring)(?:s|ed|ing)?"
            + "(?: (?:me|him|her|us|them|you))?[ -]back|callbacks?|reach(?:es|ing)? (?:me|him|her|us|them) (?:at|on))"
            + "(?!\\p{L})");
    /**
     * A verb of calling ("ring the garage", "phone the surgery", "dial") or of answering calls ("the desk picks
     * up"): a phone cue for a number that follows it after "on" or "at" ({@link #callOnBefore}).
     */
    private static final Pattern CALL_VERB = Pattern.compile("(?i)(?<!\\p{L})(?:(?:call|ring|phone|dial)(?:s|ed|ing)?"
            + "|pick(?:s|ed|ing)? up)(?!\\p{L})");
    /** "on" or "at" right before the number. */
    private static final Pattern ON_OR_AT = Pattern.compile("(?i)(?<!\\p{L})(?:on|at)\\s+$");
    /**
     * A noun of asking a helpline and "on" or "at" right before the number: "enquiries on", "queries at". The
     * desk that takes the questions is named by the number, whatever noun came before the phrase.
     */
    private static final Pattern ENQUIRIES_ON = Pattern.compile(
            "(?i)(?<!\\p{L})(?:(?:en|in)quir(?:y|ies)|quer(?:y|ies))\\s+(?:on|at)\\s+$");
    /**
     * A German switchboard number: area code, subscriber number and "-0", the extension of the operator
     * (0711 98765-0, +49 711 98765-0). The last group is then one digit, which groups otherwise may not be.
     */
    private static final Pattern SWITCHBOARD = Pattern.compile(
            "(?:(?:\\+|00)\\d{1,3}[ .-]?(?:\\(0\\)[ .-]?)?|0)\\d{2,4}[ /]\\d{3,8}-0");
    /** Between a callback phrase and its number: a digit, or a sentence end ("?", "!", ";", ". "). */
    private static final Pattern BREAK = Pattern.compile("\\d|[?!;]|\\.\\s");
    /** A turn of a transcript right before the number's sentence: the end of the last one and a speaker label. */
    private static final Pattern SPEAKER_TURN = Pattern.compile("[.?!]\\s+\\p{L}+:\\s");
    private static final Pattern EXTENSION = Pattern.compile("\\s?(?:x|ext\\.?)\\s?\\d{1,5}$");
    /**
     * "in case of", "just in case", "in any case": the idiom, not a case number. Its noun is blanked before the
     * cue words are read, keeping every offset.
     */
    private static final Pattern IN_CASE = Pattern.compile("(?i)(?<!\\p{L})(in (?:any |that |which )?)case(?!\\p{L})");
    /**
     * A UPS tracking number: 1Z and sixteen letters and digits, often written in groups (1Z 9X4 27Q 02 4410 8836);
     * its digit groups are not a phone or a card.
     */
    private static final Pattern UPS_TRACKING = Pattern.compile(
            "(?i)(?<![\\p{L}\\d])1Z(?: ?[A-Z0-9]){16}(?![\\p{L}\\d])");

    private PhoneShapes() {
    }

    /**
     * The text with the noun of the idiom "in case" blanked ({@link #IN_CASE}), every offset kept: what
     * {@link #isPhone} reads. A detector blanks a text once, however many numbers it holds.
     */
    static String withoutIdioms(String text) {
        return IN_CASE.matcher(text).replaceAll(m -> m.group(1) + "    ");
    }

    /**
     * Whether {@code text[start, end)}, a run of digit groups, is a phone number.
     *
     * @param text the text as {@link #withoutIdioms} gives it
     */
    static boolean isPhone(String text, int start, int end) {
        String core = TRUNK_PLACEHOLDER.matcher(EXTENSION.matcher(text.substring(start, end)).replaceFirst(""))
                .replaceFirst("$10").replace(" / ", "/");
        long digits = core.chars().filter(Character::isDigit).count();
        if (digits < 6 || digits > 15 || DATE.matcher(core).matches() || SSN_SHAPE.matcher(core).matches()
                || DOTTED_QUAD.matcher(core).matches()
                || !groupsHoldTwoDigits(SWITCHBOARD.matcher(core).matches() ? core.substring(0, core.length() - 2)
                        : core) || tooManyPairs(core) || lookAlike(text, start, end, core)) {
            return false;
        }
        ContextCues.Verdict label = ContextCues.label(text, start, PHONE_WORDS);
        if (label == ContextCues.Verdict.AGAINST) {
            return false; // "staff number 00482 119", "routing number 073914851", "Vertragsnummer 407 ..."
        }
        if (digits == 6) {
            // a local number without its area code (43 21 87) only under a phone label ("Ortsnetz: ...")
            return label == ContextCues.Verdict.FOR && LOCAL.matcher(core).matches();
        }
        if (core.startsWith("+") || BRACKETED_TRUNK.matcher(core).matches()) {
            // an international prefix or a bracketed trunk area code is a phone's own mark: only a word right
            // before it says otherwise, not the words of the sentence around ("our claims team on +44 ...",
            // "+65 6555 0142 (24 hours)", "Customer care (044) ..."); a phone word among the three words before
            // wins over an against word between it and the number ("takes phone orders on +44 ..."), and so
            // does a team right before it ("the claims team: +48 ...")
            return label == ContextCues.Verdict.FOR || teamBefore(text, start) || ContextCues.nearest(text, start,
                    end, core.startsWith("+") ? 2 : 1, 0, PHONE_WORDS, OTHER_BEFORE) != ContextCues.Verdict.AGAINST;
        }
        if ((callbackBefore(text, start) || callOnBefore(text, start) || personsNumber(text, start))
                && (nationalShape(core, digits) || NANP_RUN.matcher(core).matches())) {
            return true; // "please call back the client at 2125550199", "a callback number? customer: sure its ..."
        }
        ContextCues.Verdict words = cue(text, start, end, 2);
        if (words == ContextCues.Verdict.AGAINST) {
            return false;
        }
        if (words == ContextCues.Verdict.NONE && (someonesNumber(ContextCues.wordsBefore(text, start, 4))
                || reachUnder(text, start, end))) {
            words = ContextCues.Verdict.FOR;
        }
        if (words == ContextCues.Verdict.NONE && LOCAL.matcher(core).matches()) {
            words = cue(text, start, end, 6); // "on 946 0321 if you're calling from a landline"
            if (words == ContextCues.Verdict.NONE && digits == 7 && callOnBefore(text, start)) {
                words = ContextCues.Verdict.FOR; // "ring the bakery in Hof on 482 1937"
            }
        }
        if (words == ContextCues.Verdict.NONE && (namedAfter(text, end) || label == ContextCues.Verdict.FOR
                || NANP_RUN.matcher(core).matches() && callAfter(text, end) || brazilMobileRun(text, start, core))) {
            // "4155550147 is the number for the ferry", "99123-4567 é o meu celular", a phone word in the phrase
            // before a colon ("Signal da Bia, no grupo da escola: ..."), "6175550182 keeps ringing out"
            words = ContextCues.Verdict.FOR;
        }
        return words == ContextCues.Verdict.FOR || core.startsWith("00") || nationalShape(core, digits);
    }

    /**
     * The nearest cue within five words before and {@code after} words after: units count against only after
     * the number.
     */
    private static ContextCues.Verdict cue(String text, int start, int end, int after) {
        return ContextCues.nearest(text, start, end, 5, after, PHONE_WORDS, OTHER_BEFORE, OTHER_NUMBER_WORDS);
    }

    /**
     * A callback phrase ({@link #CALLBACK}) up to ten words before the number, in its sentence or in the turn
     * before it when a speaker label opens the number's turn ("agent: can I get a callback number? customer:
     * sure its ..."). No other number and no word against a phone may stand between them ("call back about
     * order 5551234"); the speaker label itself does not count ("customer:"). With it, a number of a national
     * shape is a phone whatever other words say, and so is a US number run together (2125550199), which
     * without a callback phrase is read as an id.
     */
    static boolean callbackBefore(String text, int start) {
        return phraseBefore(text, start, CALLBACK);
    }

    /**
     * A verb of calling or answering ({@link #CALL_VERB}) up to ten words before the number, and "on" or "at"
     * right before it: "ring the garage in Hof on 482 1937", "the front desk picks up at 0161 ...". As for a
     * callback phrase, no other number, sentence end or word against a phone may stand between; numbers after
     * "on" and "at" are often times, prices and ids, so this reads only national shapes, US numbers run
     * together and seven-digit local numbers.
     */
    static boolean callOnBefore(String text, int start) {
        if (ENQUIRIES_ON.matcher(text.substring(Math.max(0, start - 24), start)).find()) {
            return true; // "queries on 044-...", "enquiries at 0161 ...": nothing can stand between
        }
        return ON_OR_AT.matcher(text.substring(Math.max(0, start - 8), start)).find()
                && phraseBefore(text, start, CALL_VERB);
    }

    /** The last match of {@code phrase} up to ten words before the number, with nothing against between. */
    private static boolean phraseBefore(String text, int start, Pattern phrase) {
        Matcher m = phrase.matcher(text).region(Math.max(0, start - 120), start).useTransparentBounds(true);
        int after = -1;
        while (m.find()) {
            after = m.end();
        }
        if (after < 0) {
            return false;
        }
        String between = text.substring(after, start);
        Matcher turn = SPEAKER_TURN.matcher(between);
        if (turn.find()) {
            between = between.substring(0, turn.start()) + " " + between.substring(turn.end());
        }
        if (between.length() > 80 || BREAK.matcher(between).find()) {
            return false; // a second turn, another sentence, another number or too far
        }
        List<String> words = ContextCues.wordsBefore(between, between.length(), 11);
        return words.size() <= 10 && words.stream().noneMatch(OTHER_BEFORE::contains);
    }

    /**
     * A phone word after the number, joined to it by "is" and an article or a possessive: "5035550147 is the
     * number for the ferry", "98123-4567 é o meu celular", "0612345678 est mon portable". Not "the number of"
     * (a count), and not when a word against a phone follows within four words ("is the number on the invoice").
     */
    static boolean namedAfter(String text, int end) {
        List<String> after = ContextCues.wordsAfter(text, end, 9);
        if (after.isEmpty() || !COPULAS_AFTER.contains(after.get(0))) {
            return false;
        }
        int i = 1;
        while (i < after.size() && i <= 3 && ARTICLES_AFTER.contains(after.get(i))) {
            i++;
        }
        if (i >= after.size() || !(PHONE_WORDS.contains(after.get(i)) || after.get(i).equals("number"))) {
            return false;
        }
        List<String> rest = after.subList(i + 1, Math.min(after.size(), i + 5));
        return !(after.get(i).equals("number") && !rest.isEmpty() && rest.get(0).equals("of"))
                && rest.stream().noneMatch(OTHER_NUMBER_WORDS::contains);
    }

    /**
     * A phone word or a verb of calling or answering ({@link #CALL_VERB}: "rings", "picks up") among the six words
     * after the number in its sentence, with no word against a phone before it: "6175550182 keeps ringing out",
     * "the plumber, 3125550176, never picks up". Read only for a US number run together, which alone is an id.
     */
    static boolean callAfter(String text, int end) {
        List<String> after = ContextCues.wordsAfter(text, end, 6);
        for (int i = 0; i < after.size(); i++) {
            String word = after.get(i);
            if (OTHER_NUMBER_WORDS.contains(word)) {
                return false;
            }
            String pair = i + 1 < after.size() ? word + " " + after.get(i + 1) : word;
            if (PHONE_WORDS.contains(word) || CALL_VERB.matcher(pair).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A number that only looks like a phone: one digit repeated (00000000, a placeholder or an empty hash), a
     * plain run right before a counted thing ("lag 1834402 messages"), or fifteen plain digits that pass the
     * Luhn check with "IMEI" in the sentence (a device id, as in "IMEI of the courier's phone: ...").
     */
    static boolean lookAlike(String text, int start, int end, String core) {
        String digits = core.replaceAll("\\D", "");
        if (digits.chars().distinct().count() == 1) {
            return true;
        }
        if (!PLAIN_RUN.matcher(core).matches()) {
            return false;
        }
        List<String> after = ContextCues.wordsAfter(text, end, 1);
        if (!after.isEmpty() && COUNTED.contains(after.get(0))) {
            return true;
        }
        return digits.length() == 15 && PatternPiiDetector.luhnValid(digits)
                && (ContextCues.wordsBefore(text, start, 12).contains("imei")
                        || ContextCues.wordsAfter(text, end, 4).contains("imei"));
    }

    /** A noun of a group of people right before an international number: "the Warsaw claims team: +48 ...". */
    static boolean teamBefore(String text, int start) {
        List<String> before = ContextCues.wordsBefore(text, start, 1);
        return !before.isEmpty() && TEAM_NOUNS.contains(before.get(0));
    }

    /**
     * A person's number right before the number: "number" preceded by a possessive ("my number, ...", "the
     * adjuster's number") with at most one describing word between ("her direct number", "my claim adjuster's
     * direct number, ..."); the describing word and the possessor must not name another number ("the
     * client's account number", "the order's number").
     */
    static boolean personsNumber(String text, int start) {
        List<String> before = ContextCues.wordsBefore(text, start, 5);
        if (before.size() < 2 || !before.get(0).equals("number")) {
            return false;
        }
        int at = 1;
        if (!possessive(before, at) && !OTHER_BEFORE.contains(before.get(1))
                && !ContextCues.IDENTIFIER_NOUNS.contains(before.get(1))) {
            at = 2; // one describing word: "direct", "mobile", "home"
        }
        return possessive(before, at);
    }

    /** A possessive pronoun at {@code at}, or a possessive 's after a possessor that names no other number. */
    private static boolean possessive(List<String> before, int at) {
        if (at >= before.size()) {
            return false;
        }
        if (POSSESSIVES.contains(before.get(at))) {
            return true;
        }
        return before.get(at).equals("s") && at + 1 < before.size() && !OTHER_BEFORE.contains(before.get(at + 1))
                && !ContextCues.IDENTIFIER_NOUNS.contains(before.get(at + 1));
    }

    /**
     * A Brazilian mobile run together ({@link #BRAZIL_MOBILE_RUN}) right after a colon ("cuidadora da minha avó:
     * 85991123344"), whose last two digits are not the check digits of a CPF of the same nine first digits, and
     * with no word against a phone in the phrase before the colon ("Pedido do ..., de surf: ...").
     */
    static boolean brazilMobileRun(String text, int start, String core) {
        if (!BRAZIL_MOBILE_RUN.matcher(core).matches()
                || !text.substring(Math.max(0, start - 3), start).matches("(?s).*:\\s*")) {
            return false;
        }
        return !cpfValid(core) && ContextCues.wordsBefore(text, start, 12).stream().noneMatch(OTHER_BEFORE::contains);
    }

    /** The CPF check: two check digits, each the sum of the digits before it weighted down to 2, mod 11. */
    static boolean cpfValid(String eleven) {
        int[] d = eleven.chars().map(c -> c - '0').toArray();
        for (int check = 9; check <= 10; check++) {
            int sum = 0;
            for (int i = 0; i < check; i++) {
                sum += d[i] * (check + 1 - i);
            }
            int rest = sum % 11;
            if (d[check] != (rest < 2 ? 0 : 11 - rest)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code [start, end)} lies inside a UPS tracking number (1Z and sixteen letters and digits). */
    static boolean insideTracking(String text, int start, int end) {
        Matcher m = UPS_TRACKING.matcher(text);
        while (m.find()) {
            if (m.start() <= start && end <= m.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the number has one of the national shapes listed on the class. */
    static boolean nationalShape(String core, long digits) {
        if (NANP.matcher(core).matches() || BRACKETED_AREA.matcher(core).matches()
                || INDIA_MOBILE.matcher(core).matches() || BRAZIL_LOCAL.matcher(core).matches()) {
            return true;
        }
        return digits >= 9 && digits <= 12 && TRUNK.matcher(core).matches();
    }

    /** "my number is", "her number:", "the landlord's number": a person's number, nearest words first. */
    private static boolean someonesNumber(List<String> before) {
        int at = before.indexOf("number");
        if (at < 0 || at + 1 >= before.size()) {
            return false;
        }
        // a possessive pronoun or a possessive 's ("my landlord's number is")
        return POSSESSIVES.contains(before.get(at + 1)) || before.get(at + 1).equals("s") && at + 2 < before.size();
    }

    /**
     * "unter 0171 2345678 erreichen Sie mich", "Sie erreichen uns unter ...": German "unter" right before the
     * number and a verb of reaching someone in the same sentence. Neither word alone is a phone cue ("unter
     * 1 000 000 Euro", "wir erreichen 1 250 000 Leser").
     */
    private static boolean reachUnder(String text, int start, int end) {
        List<String> before = ContextCues.wordsBefore(text, start, 6);
        if (before.isEmpty() || !before.get(0).equals("unter")) {
            return false;
        }
        return before.stream().anyMatch(REACH_WORDS_DE::contains)
                || ContextCues.wordsAfter(text, end, 4).stream().anyMatch(REACH_WORDS_DE::contains);
    }

    /**
     * Whether the number, after any international prefix, is six or more groups of two digits. National
     * numbers written in pairs (France 01 23 45 67 89, a German local 46 78 90 12) have at most five; six
     * pairs and more are lottery draws, scores and similar lists.
     */
    static boolean tooManyPairs(String core) {
        String[] groups = INTERNATIONAL_PREFIX.matcher(core).replaceFirst("").replaceAll("^\\D+", "").split("\\D+");
        if (groups.length < 6) {
            return false;
        }
        for (String group : groups) {
            if (group.length() != 2) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> otherBefore() {
        Set<String> words = new java.util.HashSet<>(OTHER_NUMBER_WORDS);
        words.removeAll(UNIT_WORDS);
        return Set.copyOf(words);
    }

    /** Groups after the second of the national number (after any international prefix and "(0)"). */
    private static boolean groupsHoldTwoDigits(String core) {
        String national = INTERNATIONAL_PREFIX.matcher(core).replaceFirst("");
        String[] groups = national.replaceAll("^\\D+", "").split("\\D+");
        for (int i = 2; i < groups.length; i++) {
            if (groups[i].length() < 2) {
                return false;
            }
        }
        return true;
    }
}
