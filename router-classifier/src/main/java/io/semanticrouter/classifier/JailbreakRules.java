package io.semanticrouter.classifier;

import io.semanticrouter.classifier.JailbreakGuard.Category;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrase rules of {@link JailbreakGuard}. A rule matches jailbreak language in the shape of an instruction
 * (an imperative aimed at the assistant, with an object it overrides), not a bare word: "ignore all previous
 * instructions" blocks, "how do I make git ignore a file" and "what does 'ignore previous instructions' mean"
 * do not, because the verb is not at the head of a clause. Names that equal a keyword are matched case-sensitively
 * and only in a jailbreak frame ("you are DAN", not "my uncle Dan"). Some rules need a second pattern somewhere
 * in the text (an AI or answer context) before they fire.
 */
final class JailbreakRules {

    /**
     * People a notice addresses by name as a group. "Patients must disregard the previous fasting instructions" in
     * a text to translate tells patients, not the assistant, what to do, so "must" after one of them heads no
     * instruction to the assistant ("you must ignore ..." and "the AI must ignore ..." still do).
     */
    private static final String THIRD_PARTIES = "patients|staff|employees|students|pupils|parents|passengers|customers"
            + "|clients|visitors|guests|drivers|riders|participants|residents|tenants|applicants|candidates|members"
            + "|workers|contractors|volunteers|attendees|travell?ers|players|everyone|delegates|readers";
    /** Head of a clause: where an imperative starts (text start, after punctuation, a role tag or an addressee). */
    private static final String HEAD = "(?:^|[.!?;:\\n\\]>)(\"'“«*-]\\s*|\\b(?:please|now|just|then|and|so|(?<!(?:"
            + THIRD_PARTIES + ") )must|(?<!how )(?<!mean )(?<!like )to)\\s+)";
    private static final String OVERRIDE_VERB = "(?:ignore|disregard|forget|override|drop|abandon|discard|bypass|skip)";
    private static final String OVERRIDE_OBJECT = "(?:instructions?|rules|guidelines|directives|prompts?|polic(?:y|ies)"
            + "|restrictions|criteria|programming|training|guardrails|constraints|orders|task)";
    /** Not preceded / not followed by a letter: a word edge that holds for every script on every JDK. */
    private static final String W = "(?<!\\p{L})";
    private static final String NW = "(?!\\p{L})";
    private static final String AI = "(?:ai|a\\.i\\.|assistant|chat ?bot|bot|language model|llm|model|gpt|chatgpt|claude)";

    private static final List<Rule> RULES = List.of(
            // direct techniques
            rule(Category.JAILBREAK, "override of instructions", HEAD + OVERRIDE_VERB
                    + "\\s+(?:\\w+\\s+){0,4}?(?:previous|prior|above|earlier|preceding|initial|original|all|your|the system|system|any|these|those|my|its|safety|ethical)\\s+(?:\\w+\\s+){0,2}?" + OVERRIDE_OBJECT + "\\b"),
            rule(Category.JAILBREAK, "instructions declared void", "\\b(?:previous|prior|earlier|above|old|original|your)\\s+"
                    + "(?:instructions|rules|guidelines|directives|prompt)\\s+(?:are|were|have been|is)\\s+(?:now\\s+|hereby\\s+)?"
                    + "(?:void|cancell?ed|revoked|invalid|replaced|a test|obsolete|null|lifted|removed|suspended|deleted)"),
            rule(Category.JAILBREAK, "rule-free persona", "\\b(?:you are|you're|act as|pretend to be|become|roleplay as|play)\\s+(?:now\\s+)?(?:an?\\s+|the\\s+|my\\s+)?(?:[\\w-]+\\s+){0,3}?"
                    + AI + "\\b.{0,60}?\\b(?:without|with no|free (?:of|from)|that (?:ignores|has no|doesn't follow)|who (?:ignores|has no)|no)\\s+(?:any\\s+)?(?:\\w+\\s+)?(?:rules|restrictions|filters?|limits|limitations|guidelines|polic(?:y|ies)|censorship|ethics|morals|alignment)"),
            rule(Category.JAILBREAK, "rules removed", "\\b(?:you|your)\\s+(?:now\\s+)?(?:have|has|are under|are bound by)\\s+no\\s+(?:\\w+\\s+)?(?:rules|restrictions|limits|filters|guidelines|polic(?:y|ies)|ethics)"
                    + "|\\b(?:you are|you're)\\s+(?:now\\s+)?(?:no longer|not)\\s+bound\\s+by\\b"
                    + "|\\b(?:your|the|its)\\s+(?:safety\\s+|content\\s+)?(?:guidelines|rules|restrictions|filters|polic(?:y|ies))\\s+(?:were|have been|are)\\s+(?:now\\s+)?(?:removed|deleted|disabled|lifted|turned off)"),
            rule(Category.JAILBREAK, "unrestricted answering", "\\b(?:without|with no|free (?:of|from))\\s+(?:any\\s+)?(?:\\w+\\s+)?(?:restrictions|filters|censorship|limits|limitations|guidelines|rules|content polic(?:y|ies)|ethical (?:limits|guidelines|constraints))\\b.{0,40}?\\b(?:answer|respond|reply|comply|you (?:will|must|can))"
                    + "|\\b(?:answer|respond|reply)\\b.{0,40}?\\b(?:without|with no)\\s+(?:any\\s+)?(?:restrictions|filters|censorship|limits|rules|warnings|disclaimers)"),
            rule(Category.JAILBREAK, "freed from rules", "\\b(?:you|your)\\s+(?:are|have been)\\s+(?:now\\s+)?(?:freed|released|liberated|unshackled|unlocked|jailbroken)\\b"
                    + "|\\bbroken (?:free|the typical confines)"),
            rule(Category.JAILBREAK, "unrestricted persona", "\\b(?:unfiltered|uncensored|unrestricted|amoral|jailbroken|unaligned|unlimited)\\s+(?:\\w+\\s+)?(?:ai|assistant|chatbot|model|mode|persona|version|terminal|bot)\\b"),
            ruleCaseSensitive(Category.JAILBREAK, "DAN persona", "\\b(?:[Yy]ou are (?:now )?|[Aa]ct as |[Bb]ecome |[Aa]s |[Pp]lay )DAN\\b|\\bDAN(?: [Mm]ode|:)|\\b[Dd]o [Aa]nything [Nn]ow\\b"),
            rule(Category.JAILBREAK, "special mode", "\\b(?:enable|enter|activate|switch (?:on|to)|turn on)\\s+(?:the\\s+)?(?:developer|dev|god|opposite|jailbreak|unrestricted|evil)\\s+mode\\b"
                    + "(?=.{0,200}?\\b(?:you|your)\\b.{0,60}?\\b(?:answer|respond|reply|ignore|polic|filter|rules|restrict|refuse|unfiltered|uncensored|two answers|output))"),
            rule(Category.JAILBREAK, "stay in character", "\\bstay in character\\b.{0,80}\\b(?:never|no matter|whatever|refus)"),
            rule(Category.JAILBREAK, "never refuse", "\\b(?:you\\s+(?:will|must|should|shall|can)\\s+)?never\\s+(?:refuse|decline|say (?:no|you can'?t)|apologi[sz]e|mention (?:that you|policies|ethics))\\b"),
            rule(Category.JAILBREAK, "safety bypass", HEAD + "(?:bypass|override|disable|turn off|remove|circumvent|deactivate)\\s+(?:your|its|the|all|any)?\\s*(?:safety|content|ethic\\w*|moderation)\\s+(?:settings|filters?|polic(?:y|ies)|guidelines|rules|restrictions|training|protocols?)"),
            rule(Category.JAILBREAK, "system prompt leak", HEAD + "(?:reveal|print|show|repeat|output|leak|dump|tell me|display)\\s+.{0,25}?\\b(?:system prompt|hidden instructions|initial instructions|your instructions|your prompt|your rules)\\b"),
            // indirect injection: an instruction addressed to the AI inside pasted content
            rule(Category.JAILBREAK, "instruction addressed to the AI", "\\b(?:note|message|instructions?|command)s?\\s+(?:to|for)\\s+(?:the\\s+|any\\s+|all\\s+)?(?:\\w+\\s+)?" + AI + "s?\\b"
                    + "|\\b(?:to any|dear|hey|attention|hello)\\s*,?\\s+(?:\\w+\\s+)?" + AI + "s?\\b"
                    + "|\\b" + AI + "s?\\s*(?:reading|processing|summari[sz]ing|parsing)\\s+this\\b", true),
            rule(Category.JAILBREAK, "AI told to act in pasted content", "\\b" + AI + "\\s*[,:]\\s*(?:please\\s+)?(?:you must (?:now|ignore)|from now on|ignore|disregard|forget|override|reveal|delete (?:the|all|their|his|her|my)|(?:send|forward) (?:the|all|me|your)\\s+\\w*\\s*(?:conversation|data|files|history|password|keys?))\\b"),
            rule(Category.JAILBREAK, "role tag in pasted content", "(?:^|\\n|[\\[<(])\\s*(?:system|assistant|developer|admin)\\s*[:\\]>)]"
                    + "(?=.{0,120}?\\b(?:ignore|disregard|forget|override|new instructions|you must|reveal|from now on)\\b)"),
            // non-English overrides and rule-free personas (written for this guard: es, fr, de, pt, it, zh, ru)
            rule(Category.JAILBREAK, "override (es/pt/it)", "\\b(?:ignora|ignore|olvida|olvide|omite|descarta|esqueça|esqueca|desconsidere|dimentica)\\w*\\s+(?:\\p{L}+\\s+){0,3}?(?:instrucciones|reglas|normas|directrices|instruções|instrucoes|regras|diretrizes|istruzioni|regole)\\b"),
            rule(Category.JAILBREAK, "override (fr)", "\\b(?:ignore|ignorez|oublie|oubliez)\\s+(?:\\p{L}+\\s+){0,3}?(?:instructions|r[eè]gles|consignes|directives)\\b"),
            rule(Category.JAILBREAK, "override (de)", "\\b(?:ignoriere|ignorier|vergiss|missachte|ignorieren sie|vergessen sie)\\s+(?:\\p{L}+\\s+){0,3}?(?:anweisungen|regeln|richtlinien|vorgaben|instruktionen)\\b"),
            rule(Category.JAILBREAK, "override (ru)", "(?:игнорируй|проигнорируй|забудь|игнорируйте|забудьте)\\s+(?:\\p{L}+\\s+){0,3}?(?:инструкци|правил|указани|ограничени)"),
            rule(Category.JAILBREAK, "override (zh)", "(?:忽略|无视|忘记|忘掉|不要理会).{0,8}(?:指令|指示|规则|说明|提示|限制)"),
            // more languages (2026-12-07): an imperative to ignore or forget, then rules or instructions within three
            // words (verb-final languages: the object first). Where the imperative has the form of another person
            // ("vergeet", "ignoră", "αγνόησε", "שכח"), the rule also needs "your", "all" or "previous" in the text.
            rule(Category.JAILBREAK, "override (nl)", W + "(?<!ik )(?<!we )(?:negeer|vergeet)\\s+(?:\\S+\\s+){0,3}?(?:instructies|regels|richtlijnen|beperkingen|opdrachten)",
                    W + "(?:je|jouw|uw|alle|vorige|eerdere|voorgaande)" + NW),
            rule(Category.JAILBREAK, "override (pl)", W + "(?:zignoruj|ignoruj|zapomnij|pomiń|porzuć|zignorujcie|zapomnijcie)\\s+(?:\\S+\\s+){0,3}?(?:instrukcj|zasad|reguł|wytyczn|ograniczeń|ograniczenia|poleceń|polecenia)"),
            rule(Category.JAILBREAK, "override (sv/da/no)", W + "(?:ignorera|glöm|strunta i|ignorer|glem)\\s+(?:\\S+\\s+){0,3}?(?:instruktion|instruks|regl|riktlinjer|retningslinjer|begränsning|begrensning|begrænsning)"),
            rule(Category.JAILBREAK, "override (fi)", W + "(?<!en )(?<!ei )(?:unohda|ohita|sivuuta|unohtakaa|ohittakaa)\\s+(?:\\S+\\s+){0,3}?(?:ohje|sääntö|säännö|rajoitu|rajoitukse)"),
            rule(Category.JAILBREAK, "override (el)", W + "(?:αγνόησε|αγνοήστε|ξέχνα|ξέχασε|ξεχάστε)\\s+(?:\\S+\\s+){0,3}?(?:οδηγί|κανόν|κανον|περιορισμ|εντολ)",
                    W + "(?:σου|σας|όλ\\p{L}*|προηγούμεν\\p{L}*)" + NW),
            rule(Category.JAILBREAK, "override (uk)", W + "(?:ігноруй|проігноруй|забудь|ігноруйте|забудьте)\\s+(?:\\S+\\s+){0,3}?(?:інструкці|правил|вказів|обмежен)"),
            rule(Category.JAILBREAK, "override (cs/sk)", W + "(?:ignoruj|ignorujte|zapomeň|zapomeňte|zabudni|zabudnite)\\s+(?:\\S+\\s+){0,3}?(?:pokyn|pravidl|instrukc|omezení|obmedzen)"),
            rule(Category.JAILBREAK, "override (ro)", W + "(?:ignoră|ignorați|uită|uitați)\\s+(?:\\S+\\s+){0,3}?(?:instrucțiun|instructiun|regul|restricți|restrictii)",
                    W + "(?:tale|toate|anterioare|tău|voastre|dumneavoastră)" + NW),
            rule(Category.JAILBREAK, "override (hu)", W + "(?:hagyd figyelmen kívül|felejtsd el|ne törődj)\\s+(?:\\S+\\s+){0,3}?(?:utasítás|szabály|korlátoz|irányelv)"
                    + "|" + W + "(?:utasítás|szabály|korlátozás)\\p{L}*\\s+(?:\\S+\\s+){0,2}?(?:hagyd figyelmen kívül|felejtsd el)"),
            rule(Category.JAILBREAK, "override (tr)", W + "(?:talimat|kural|yönerge|kısıtlama|sınırlama)\\p{L}*\\s+(?:\\S+\\s+){0,2}?(?:unut|unutun|yok say|yok sayın|görmezden gel|görmezden gelin|boş ver)" + NW),
            rule(Category.JAILBREAK, "override (ar)", W + "(?:تجاهل|تجاهلي|تجاهلوا|انس|انسي|انسوا|تناس)(?=[\\s\\p{M}])[\\p{M}]*\\s+(?:\\S+\\s+){0,3}?\\S*(?:تعليمات|قواعد|القيود|قيود|إرشادات|ارشادات|أوامر|اوامر)",
                    W + "(?:جميع|كل|لكل|بكل)" + NW + "|السابقة|تعليماتك|قواعدك|قيودك|إرشاداتك|ارشاداتك|أوامرك"),
            rule(Category.JAILBREAK, "override (he)", W + "(?:התעלם|התעלמי|התעלמו|שכח|שכחי|שכחו)\\s+(?:\\S+\\s+){0,3}?\\S*(?:הוראות|כללים|הנחיות|מגבלות)",
                    W + "(?:כל|מכל|בכל)" + NW + "|קודמ|שלך|שלכם"),
            rule(Category.JAILBREAK, "override (hi)", "(?:निर्देश|नियम|प्रतिबंध|पाबंदी|हिदायत)\\S*\\s+(?:\\S+\\s+){0,3}?(?:भूल\\s+जाओ|भूल\\s+जाइए|भूल\\s+जाएं|अनदेखा\\s+करो|अनदेखा\\s+करें|नज़रअंदाज़\\s+करो|नजरअंदाज\\s+करो|नज़रअंदाज़\\s+करें|इग्नोर\\s+करो)"),
            rule(Category.JAILBREAK, "override (fa)", "(?:دستورالعمل|دستورات|قوانین|قواعد|محدودیت)\\S*\\s+(?:\\S+\\s+){0,3}?(?:نادیده\\s+بگیر|فراموش\\s+کن)"),
            rule(Category.JAILBREAK, "override (ja)", "(?:指示|命令|ルール|規則|制限|ガイドライン)[^。！？\\n]{0,8}?(?:無視(?:して|しろ|しなさい)|忘れ(?:ろ|なさい|て(?!しま|い|た)))"),
            rule(Category.JAILBREAK, "override (ko)", "(?:지시|규칙|제한|지침|명령|가이드라인)\\S{0,3}\\s*(?:\\S+\\s+){0,2}?(?:무시해(?:라|줘)?|무시하세요|무시하고|잊어버려(?:라)?|잊으세요|잊어라|잊어줘)(?!\\p{L})"),
            rule(Category.JAILBREAK, "override (vi)", W + "(?:bỏ qua|quên|phớt lờ|lờ đi)\\s+(?:\\S+\\s+){0,3}?(?:hướng dẫn|quy tắc|chỉ dẫn|giới hạn|quy định|chỉ thị)",
                    "(?:tất cả|mọi|trước đó|trước đây|của bạn)"),
            rule(Category.JAILBREAK, "override (id/ms)", W + "(?:abaikan|lupakan|acuhkan)\\s+(?:\\S+\\s+){0,3}?(?:instruksi|aturan|peraturan|arahan|petunjuk|batasan|perintah)"),
            rule(Category.JAILBREAK, "override (th)", "(?:ลืม|เพิกเฉย|ไม่ต้องสนใจ|ละเลย)\\S{0,12}?(?:คำสั่ง|กฎ|ข้อจำกัด|คำแนะนำ)", "(?:ทั้งหมด|ก่อนหน้า|ของคุณ)"),
            rule(Category.JAILBREAK, "rule-free persona (es/pt/fr/de/it)", "\\b(?:sin|sem|sans|ohne|senza)\\s+(?:ning[uú]na?\\s+|nenhuma?\\s+|qualquer\\s+|aucune?\\s+|jede\\s+|jegliche\\s+|alcuna\\s+)?(?:restricci[oó]n|restricciones|restrição|restrições|censura|filtros?|reglas|regras|l[ií]mites|censure|restrictions?|r[eè]gles|filtres?|einschränkung(?:en)?|regeln|filter|zensur|grenzen|regole|limiti)\\b"
                    + "|\\bliber(?:ée?|ado|ada|iert)\\s+(?:de|von|das?|dos?)\\s+(?:\\p{L}+\\s+){0,2}?(?:r[eè]gles|reglas|regras|regeln|restrictions|restricciones)"
                    + "|\\b(?:sin|sem|sans|ohne|senza)\\s+(?:\\p{L}+\\s+)?(?:filtros?|filtres?|censura|censure|zensur)\\b",
                    "\\b(?:ia|ki|ai|eres|es|bist|você|voce|tu|du|responde|réponds|antworte|responda|rispondi|nunca|jamais|niemals|mai)\\b"),
            rule(Category.JAILBREAK, "rule-free persona (ru)", "без\\s+(?:каких-либо\\s+|всяких\\s+|любых\\s+)?(?:ограничений|правил|цензуры|фильтров)",
                    "(?:ИИ|ты|отвечай|никогда)"),
            rule(Category.JAILBREAK, "rule-free persona (zh)", "没有(?:任何)?.{0,4}(?:限制|规则|过滤|审查)|(?:永远不要|不要)拒绝", "(?:你|人工智能|回答|AI)"),
            // unsafe content: a request for the means to cause serious harm
            rule(Category.UNSAFE, "weapon or drug synthesis", "\\b(?:how (?:do|can|could|would|should) (?:i|we|you|one|someone)|how to|steps? (?:to|for)|instructions (?:to|for|on)|guide (?:to|for|on)|teach me(?: how)? to|help me|tell me how to|show me how to|explain how to|give me (?:\\w+\\s+){0,3})"
                    + "\\s*(?:\\w+\\s+){0,3}?(?:make|build|synthesi[sz]e|cook|manufacture|produce|assemble|brew|grow|3d[- ]print|print|obtain|buy|get)\\s+(?:\\w+\\s+){0,4}?(?:bombs?|pipe bombs?|explosives?|nerve agents?|sarin|ricin|anthrax|bioweapons?|chemical weapons?|napalm|thermite|meth(?:amphetamine)?|fentanyl|heroin|cocaine|crack|lsd|mdma|untraceable (?:gun|firearm|weapon)s?|ghost guns?|silencers?|suppressors?|poisons?|molotov cocktails?)\\b"),
            rule(Category.UNSAFE, "malicious software", "\\b(?:write|create|code|build|develop|generate|make|give me|show me how to (?:write|make|build))\\s+(?:me\\s+)?(?:an?\\s+|some\\s+)?(?:\\w+\\s+){0,3}?(?:ransomware|keylogger|botnet|trojan|rootkit|spyware|computer virus|worm|malware|exploit|credential stealer|phishing (?:e-?mail|message|page|site|website|kit))\\b"),
            rule(Category.UNSAFE, "harm without being caught", "\\b(?:how (?:do|can|could) (?:i|we)|how to|help me|tell me how to)\\s+(?:\\w+\\s+){0,3}?(?:poison|kill|murder|hurt|stab|kidnap|steal|rob|shoplift|launder|stalk)\\b.{0,60}?\\b(?:without (?:getting caught|being caught|anyone knowing|leaving (?:a )?trace)|undetected|get away with)"));

    private JailbreakRules() {
    }

    /** A rule's verdict: which category, which rule, and the text it matched. */
    record Hit(Category category, String rule, String matched) {
    }

    /** The first rule of an enabled category that matches the (normalised) text. */
    static Optional<Hit> find(String text, Set<Category> categories) {
        for (Rule r : RULES) {
            if (!categories.contains(r.category)) {
                continue;
            }
            Matcher m = r.pattern.matcher(text);
            while (m.find()) {
                if (quotedInAQuestion(text, m) || r.requires != null && !r.requires.matcher(text).find()) {
                    continue;
                }
                return Optional.of(new Hit(r.category, r.name, m.group().strip()));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the match is a phrase quoted inside a question about it ("what does 'ignore previous instructions'
     * mean?"): the phrase sits in quotes that close right after it, and the text asks rather than tells.
     */
    private static boolean quotedInAQuestion(String text, Matcher m) {
        int start = m.start();
        while (start < m.end() && !Character.isLetter(text.charAt(start))) {
            start++;
        }
        boolean opened = start > 0 && QUOTES.indexOf(text.charAt(start - 1)) >= 0;
        int end = m.end();
        String after = text.substring(end, Math.min(text.length(), end + 40));
        boolean closed = after.matches("(?s)[^\"'”»\\n]{0,30}[\"'”»].*");
        return opened && closed && QUESTION.matcher(text).find();
    }

    private static final String QUOTES = "\"'“‘«";
    private static final Pattern QUESTION = Pattern.compile("^\\s*(?:what|why|how|when|where|which|who|is|are|does|do|can|could"
            + "|should|explain|define|describe|tell me about)\\b|\\?\\s*$", Pattern.CASE_INSENSITIVE);

    /** Names of the rules, for documentation and tests. */
    static List<String> names() {
        List<String> names = new ArrayList<>();
        RULES.forEach(r -> names.add(r.name));
        return names;
    }

    private record Rule(Category category, String name, Pattern pattern, Pattern requires) {
    }

    private static Rule rule(Category c, String name, String regex) {
        return new Rule(c, name, compile(regex), null);
    }

    private static Rule rule(Category c, String name, String regex, String requires) {
        return new Rule(c, name, compile(regex), compile(requires));
    }

    /** The rules read NFKC-normalised text, so their own letters are normalised alike (Thai "ำ" becomes "ํา"). */
    private static Pattern compile(String regex) {
        return Pattern.compile(Normalizer.normalize(regex, Normalizer.Form.NFKC), FLAGS);
    }

    /** An addressee rule: needs an instruction verb somewhere after it as well. */
    private static Rule rule(Category c, String name, String regex, boolean addressee) {
        return new Rule(c, name, compile("(?:" + regex + ")(?=.{0,120}?\\b(?:ignore|disregard|forget|override"
                + "|reveal|you must now|from now on|your (?:new|previous|prior) (?:task|instructions))\\b)"), null);
    }

    private static Rule ruleCaseSensitive(Category c, String name, String regex) {
        return new Rule(c, name, Pattern.compile(regex, Pattern.DOTALL | Pattern.UNICODE_CASE), null);
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;
}
