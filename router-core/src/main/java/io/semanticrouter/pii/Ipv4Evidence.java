package io.semanticrouter.pii;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a dotted quad whose parts are all in range is an IPv4 address or some other dotted number
 * (a version, a numbered reference, an identifier). The decision adds up evidence:
 * <ul>
 *   <li>form around it: a port ({@code :8080}), a CIDR length ({@code /24}), a URL scheme or a user before it
 *       ({@code http://}, {@code admin@}) or a lone slash before it as Java prints a socket address
 *       ({@code with /10.12.8.41}) count for an address; a suffix such as {@code -beta} counts against;</li>
 *   <li>range: private, loopback, link-local, carrier-grade NAT, the documentation ranges of RFC 5737, the
 *       unspecified address and netmasks count for an address;</li>
 *   <li>shape: addresses spread over the whole 0-255 range, so eight or more digits count for one; versions and
 *       references are short (six digits or fewer) and often hold a zero minor part, which count against;</li>
 *   <li>words: the nearest cue word in the sentence, for (network words such as host, server, ping, gateway) or
 *       against (version, release, build, section, clause, figure, ISO, OID, part, code...); in a
 *       {@code key=value} field the key's words decide instead ({@code client=}, {@code remote_addr=}: +3,
 *       like a port); a release verb and "to" right before it ("updating to", "rolled back to") say version
 *       (-3); a host label right before it ("host", "server", "gateway") wins over a word after it, and a league
 *       table's header before it ("W.D.L.Pts", "standings") says results, not an address; a device right
 *       before it ("gate scanner", "kiosk") counts for an address when no nearer word decides, and a software
 *       name right before it ("... app 10.2.1.4") with a release word earlier in its sentence says version.</li>
 * </ul>
 * A dotted quad with no evidence either way is an address when its shape is.
 */
final class Ipv4Evidence {

    /** Words that announce an address, a host or network traffic. */
    static final Set<String> NETWORK_WORDS = Set.of(
            "ip", "ips", "ipv", "address", "addresses", "addr", "host", "hosts", "hostname", "server", "servers",
            "ping", "pinged", "connect", "connects", "connected", "connection", "connections", "ssh", "telnet",
            "curl", "wget", "route", "routes", "routed", "router", "gateway", "gw", "dns", "resolver", "nameserver",
            "resolves", "resolved", "subnet", "netmask", "mask", "network", "lan", "wan", "vpn", "proxy",
            "firewall", "whitelist", "allowlist", "blacklist", "blocklist", "packets", "traffic", "requests",
            "request", "logins", "login", "logged", "visitors", "visitor", "bot", "traceroute", "tracert",
            "nslookup", "listens", "listen", "bind", "interface", "dhcp", "lease", "cluster", "endpoint",
            "port", "record", "nat", "peer", "client", "clients", "src", "dst", "source", "destination", "origin",
            "remote", "localhost", "machine", "box", "device", "printer", "camera", "nas", "waf", "access", "denied",
            "unreachable", "reachable", "relay", "mail", "smtp", "http", "https", "ftp", "url", "site", "lookup",
            "spoofed", "attacker", "scan", "scanned", "hits",
            // scanning and probing talk ("scanner" alone is also the office device, so it is left out)
            "scanning", "portscan", "nmap", "probe", "probed", "probing", "sweep",
            // log field names (nginx, Apache, PAM, iptables, conntrack, proxies)
            "rhost", "lhost", "saddr", "daddr", "laddr", "raddr", "ipaddr", "upstream", "forwarded", "xff",
            "realip", "nexthop", "sender", "receiver",
            // auth logs (sshd, fail2ban) and talk about one's public address (what-is-my-ip sites, carrier NAT)
            "sshd", "preauth", "password", "fail2ban", "whatismyip", "myip", "cgnat");

    /** Words that make a dotted number something else: a version, a reference or an identifier. */
    static final Set<String> OTHER_NUMBER_WORDS = Set.of(
            "version", "versions", "ver", "v", "release", "releases", "released", "rel", "build", "builds",
            "rev", "revision", "patch", "update", "updated", "hotfix", "upgrade", "upgrading", "upgraded", "downgrade", "rollback", "rolling",
            "firmware", "driver", "kernel", "sdk", "package", "dependency", "pinned", "bump", "tag", "tagged",
            "snapshot", "nightly", "changelog", "section", "sections", "sec", "§", "clause", "clauses", "chapter",
            "article", "paragraph", "para", "figure", "fig", "table", "appendix", "annex", "step", "item",
            "requirement", "req", "control", "rule", "case", "standard", "iso", "iec", "ieee", "rfc", "oid",
            "object", "mib", "schema", "migration", "code", "product", "part", "sku", "model", "serial", "id",
            "path", "category", "shelf", "mark", "vote", "score", "lot", "batch", "verse", "equation",
            "eq", "theorem", "lemma", "exercise", "problem", "note", "footnote", "level", "grade",
            "listing", "question", "task", "ticket", "issue", "milestone", "sprint", "edition", "volume", "vol",
            // land records: a parcel or plot number is often written in dotted groups
            "parcel", "plot", "cadastral", "cadastre", "tract", "apn",
            // way marks on trails and courses: numbered in dotted groups too
            "marker", "waypoint", "checkpoint", "signpost",
            // library classifications: a class mark is written in dotted groups (UDC 004.738.5, Dewey 025.04)
            "udc", "ddc", "dewey", "classmark", "shelfmark", "classification",
            // accounting codes: "cost centre 40.110.25.3", "cost code"
            "cost");
    /**
     * Words that name the dotted number only as its label, right before it: "page 4.2.1.3" is a page, but a
     * page of a router's settings ("the WAN page shows 100.72.18.5") says nothing against an address; a
     * port or a socket numbered with dots ("port 1.24.3.8") is a cable run (a service port is one number).
     */
    private static final Set<String> LABEL_ONLY_WORDS = Set.of("page", "pages", "p", "pp", "port", "jack", "socket",
            "outlet");
    /**
     * A port of a patch panel or a wall socket named by a dotted number ("port 1.24.3.8", "jack 2.1.4.10"):
     * the word then names a cable run, not network traffic, for every dotted number of its sentence.
     */
    private static final Pattern PORT_LABEL = Pattern.compile("(?i)(?<!\\p{L})(?:port|jack|socket|outlet)\\s+"
            + "\\d{1,3}(?:\\.\\d{1,3}){3}(?![\\w.])");
    /** The network words without "port", read when a port names a dotted number in the sentence. */
    private static final Set<String> NETWORK_WORDS_BUT_PORT = withoutPort();
    /**
     * Network words that name the quad as its label, right before it ("host 10.0.4.7", "gateway 192.0.2.1"): they
     * win over a word after the quad ("snmp-server host 10.99.0.5 version 2c", where the version is SNMP's).
     */
    private static final Set<String> HOST_LABELS = Set.of("host", "server", "ip", "address", "addr", "gateway",
            "gw", "nameserver", "resolver", "proxy", "relay", "peer", "neighbor", "neighbour");
    /**
     * Devices named right before the quad ("the gate scanner 10.80.0.9", "kiosk 10.20.0.4"): a network cue when
     * no other word is nearer. Many of them ("scanner", "terminal") are also ordinary things, so they count only
     * as the quad's label.
     */
    private static final Set<String> DEVICE_LABELS = Set.of("scanner", "scanners", "terminal", "terminals", "till",
            "tills", "kiosk", "kiosks", "sensor", "sensors", "controller", "thermostat", "tablet", "laptop", "pc",
            "workstation", "nvr", "dvr", "plc", "reader", "intercom", "doorbell");
    /** Names of software: an app's name right before a dotted number is its version in a text about releases. */
    private static final Set<String> SOFTWARE_NAMES = Set.of("app", "apps", "application", "software", "program",
            "programme", "plugin", "addon");
    /** Release words that, with a software name right before the quad, make it the software's version. */
    private static final Set<String> RELEASE_WORDS = Set.of("release", "releases", "released", "changelog",
            "version", "versions", "build", "patch", "hotfix", "update", "updated", "upgrade", "upgraded");
    /** Words that name a resolver by its role ("primary 1.0.0.1, secondary 9.9.9.9"), in a sentence about DNS. */
    private static final Set<String> RESOLVER_ROLES = Set.of("primary", "secondary", "preferred", "alternate",
            "fallback", "backup", "tertiary");
    /** Verbs that say a device holds an address: "the terminal has 169.254.2.9". */
    private static final Set<String> HOLD_VERBS = Set.of("has", "had", "have", "got", "gets", "holds", "keeps");
    /**
     * Verbs that move software to another release: "updating to", "upgraded to", "downgraded to", "reverted to";
     * see {@link #versionTarget}.
     */
    private static final Set<String> VERSION_MOVES = Set.of("update", "updates", "updated", "updating", "upgrade",
            "upgrades", "upgraded", "upgrading", "downgrade", "downgrades", "downgraded", "downgrading", "revert",
            "reverted", "reverting");
    /** Verbs before "back to" that return software to an older release: "rolled back to", "went back to". */
    private static final Set<String> BACK_MOVES = Set.of("roll", "rolled", "rolling", "rolls", "went", "go", "going");
    private static final Set<String> RESOLVER_WORDS = Set.of("dns", "resolver", "resolvers", "nameserver",
            "nameservers");

    /**
     * Verbs that send traffic or settings to an address or take them from one: "set the DNS ... to", "deny
     * from", "forward to", "point it at".
     */
    static final Set<String> ADDRESS_VERBS = Set.of(
            "set", "sets", "setting", "change", "changed", "changing", "point", "pointed", "pointing", "deny",
            "denied", "allow", "allowed", "permit", "block", "blocked", "drop", "dropped", "reject", "rejected",
            "accept", "forward", "forwarded", "redirect", "redirected", "route", "routed", "send", "sent", "connect",
            "connected", "connecting", "ping", "pinged", "assign", "assigned", "move", "moved", "switch",
            "switched", "map", "mapped", "bind", "bound", "nat", "log", "logged", "coming", "came", "originating");
    /** Prepositions that link an address verb to the address. */
    private static final Set<String> ADDRESS_PREPOSITIONS = Set.of("to", "from", "at", "via");
    /** A dotted quad and a conjunction right before this one: "1.1.1.1 and 9.9.9.9", "10.0.0.1, 10.0.0.2". */
    private static final Pattern LISTED_AFTER = Pattern.compile(
            "(?<![\\w.])(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?:\\s*,\\s*|\\s+(?:and|or|und|et|e|y)\\s+)$");

    /** A field key right before the value: a token of letters, digits, _ . - then = or : (quotes allowed). */
    private static final Pattern FIELD_KEY = Pattern.compile("(?<![\\w.-])([A-Za-z][\\w.-]*)[=:][\"']?$");

    private Ipv4Evidence() {
    }

    /**
     * Whether the dotted quad {@code parts} at {@code [start, end)} of {@code text} reads as an address.
     *
     * @param parts the four parts, each already checked to be 0-255 without a leading zero
     */
    static boolean isAddress(String text, int start, int end, int[] parts) {
        int score = form(text, start, end) + range(parts) + shape(text.substring(start, end), parts);
        ContextCues.Verdict key = fieldKey(text, start);
        if (key != ContextCues.Verdict.NONE) {
            return score + (key == ContextCues.Verdict.FOR ? 3 : -3) > 0; // as strong as a port or a URL scheme
        }
        if (listedAfterAddress(text, start)) {
            return true;
        }
        List<String> before = ContextCues.wordsBefore(text, start, 14);
        if (versionTarget(before) || softwareVersion(before)) {
            return score - 3 > 0; // "after updating to 10.4.1.2": as strong against as a version= key
        }
        if (resolverRole(before) || heldAddress(before, text, end)) {
            return score + 3 > 0; // as strong as a field key
        }
        ContextCues.Verdict words = addressPreposition(before)
                ? ContextCues.Verdict.FOR
                : ContextCues.nearest(text, start, end, 6, 3, portNamed(text, start) ? NETWORK_WORDS_BUT_PORT
                        : NETWORK_WORDS, OTHER_NUMBER_WORDS);
        if (words == ContextCues.Verdict.NONE && !before.isEmpty() && DEVICE_LABELS.contains(before.get(0))) {
            words = ContextCues.Verdict.FOR; // "if the gate scanner 10.80.0.9 goes offline"
        }
        if (!before.isEmpty() && HOST_LABELS.contains(before.get(0))) {
            words = ContextCues.Verdict.FOR; // "snmp-server host 10.99.0.5 version 2c": the quad's own label wins
        }
        if (leagueTable(before)) {
            words = ContextCues.Verdict.AGAINST; // "W.D.L.Pts: Harriers 10.2.4.32": a team's results
        }
        if (!before.isEmpty() && LABEL_ONLY_WORDS.contains(before.get(0))) {
            words = ContextCues.Verdict.AGAINST; // "page 4.2.1.3", a patch panel's "port 1.24.3.8"
        }
        score += switch (words) {
            case FOR -> 2;
            case AGAINST -> -3;
            case NONE -> 0;
        };
        return score > 0;
    }

    /**
     * When the dotted quad is the value of a {@code key=value} or {@code key:value} field (a log line, a query
     * string), the key names it: {@code client=}, {@code remote_addr=}, {@code src=} say address (+3, as
     * strong as a port), {@code version=} says otherwise (-3), and the keys of the fields around it describe
     * other values, so the words of the sentence are not read. The key's
     * word nearest to the sign decides; NONE when there is no key or none of its words is a cue.
     */
    static ContextCues.Verdict fieldKey(String text, int start) {
        Matcher key = FIELD_KEY.matcher(text.substring(Math.max(0, start - 40), start));
        if (!key.find()) {
            return ContextCues.Verdict.NONE;
        }
        String[] words = key.group(1).toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        for (int i = words.length - 1; i >= 0; i--) {
            if (OTHER_NUMBER_WORDS.contains(words[i])) {
                return ContextCues.Verdict.AGAINST;
            }
            if (NETWORK_WORDS.contains(words[i])) {
                return ContextCues.Verdict.FOR;
            }
        }
        return ContextCues.Verdict.NONE;
    }

    /**
     * A preposition right before the quad that links it to an address verb ("set the DNS on the desk PC to",
     * "deny from", "forward via") with no word of another reading between them; "at" and "via" need no verb
     * ("the customer at ..."). Versions are upgraded to and moved from, but not set, denied or routed.
     *
     * @param before the words before the quad, nearest first (the 14 that {@link #isAddress} reads once)
     */
    static boolean addressPreposition(List<String> before) {
        if (before.isEmpty() || !ADDRESS_PREPOSITIONS.contains(before.get(0))) {
            return false;
        }
        if (before.get(0).equals("at") || before.get(0).equals("via")) {
            return before.size() < 2 || !OTHER_NUMBER_WORDS.contains(before.get(1));
        }
        for (String word : before.subList(1, before.size())) {
            if (OTHER_NUMBER_WORDS.contains(word)) {
                return false;
            }
            if (ADDRESS_VERBS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "updating to 10.4.1.2", "upgraded to", "rolled back to": a verb that moves software to another release,
     * then "to", right before the quad names a version. The verb must be the word right before "to" ("set the
     * gateway to ..." and "the router was updated, then pointed to ..." keep their reading).
     *
     * @param before the words before the quad, nearest first (the 14 that {@link #isAddress} reads once)
     */
    static boolean versionTarget(List<String> before) {
        if (before.size() < 2 || !before.get(0).equals("to")) {
            return false;
        }
        return VERSION_MOVES.contains(before.get(1))
                || before.get(1).equals("back") && before.size() > 2 && BACK_MOVES.contains(before.get(2));
    }

    /**
     * "release notes for the medication app 10.2.1.4": a software name right before the quad and a release word
     * among the words before it in its sentence name the app's version. A software name alone says nothing
     * ("the app 10.4.2.7 is down").
     *
     * @param before the words before the quad, nearest first (the 14 that {@link #isAddress} reads once)
     */
    static boolean softwareVersion(List<String> before) {
        return !before.isEmpty() && SOFTWARE_NAMES.contains(before.get(0))
                && before.stream().anyMatch(RELEASE_WORDS::contains);
    }

    /**
     * A resolver named by its role right before the quad ("primary", "secondary") in a sentence that speaks of
     * DNS ("DNS for the office: primary 1.0.0.1, secondary 9.9.9.9"); a role word alone says nothing.
     *
     * @param before the words before the quad, nearest first (the 14 that {@link #isAddress} reads once)
     */
    static boolean resolverRole(List<String> before) {
        return !before.isEmpty() && RESOLVER_ROLES.contains(before.get(0))
                && before.stream().anyMatch(RESOLVER_WORDS::contains);
    }

    /**
     * "the till at desk 4 has 169.254.8.20, no dhcp lease": a verb of holding right before the quad ("has",
     * "got") in a sentence with a network word says a device holds the address. The verb alone says nothing
     * ("the recipe has 1.2.3.4 ratios").
     *
     * @param before the words before the quad, nearest first (the 14 that {@link #isAddress} reads once)
     */
    static boolean heldAddress(List<String> before, String text, int end) {
        return !before.isEmpty() && HOLD_VERBS.contains(before.get(0))
                && (before.stream().anyMatch(NETWORK_WORDS::contains)
                        || ContextCues.wordsAfter(text, end, 8).stream().anyMatch(NETWORK_WORDS::contains));
    }

    /**
     * A league table before the quad in its sentence: a won-drawn-lost header ("W.D.L.Pts", "P W D L"), "standings"
     * or "league table". Its dotted numbers are a team's results, not an address.
     *
     * @param before the words before the quad, nearest first (the 14 that {@link #isAddress} reads once)
     */
    static boolean leagueTable(List<String> before) {
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i).equals("standings") || before.get(i).equals("table") && i + 1 < before.size()
                    && before.get(i + 1).equals("league")) {
                return true;
            }
            if (i + 2 < before.size() && before.get(i).equals("l") && before.get(i + 1).equals("d")
                    && before.get(i + 2).equals("w")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A port, jack or socket named by a dotted number in the sentence of the quad, this one or another
     * ("patch panel port 1.24.3.8 runs to the desk, 1.24.3.9 to the office").
     */
    static boolean portNamed(String text, int start) {
        int from = Math.max(0, start - 120);
        Matcher port = PORT_LABEL.matcher(text).region(from, Math.min(text.length(), start + 40));
        while (port.find()) {
            if (port.start() <= start && start < port.end()) {
                return true; // the port's own number
            }
            String between = port.end() <= start ? text.substring(port.end(), start)
                    : text.substring(start, port.start());
            if (!between.matches("(?s).*(?:[!?;]|\\.\\s).*")) {
                return true; // in the same sentence
            }
        }
        return false;
    }

    private static Set<String> withoutPort() {
        Set<String> words = new java.util.HashSet<>(NETWORK_WORDS);
        words.remove("port");
        return Set.copyOf(words);
    }

    /** The quad follows another quad and "and", "or" or a comma, and that one is an address. */
    private static boolean listedAfterAddress(String text, int start) {
        Matcher m = LISTED_AFTER.matcher(text.substring(Math.max(0, start - 24), start));
        if (!m.find()) {
            return false;
        }
        int[] parts = new int[4];
        for (int i = 1; i <= 4; i++) {
            parts[i - 1] = Integer.parseInt(m.group(i));
            if (parts[i - 1] > 255) {
                return false;
            }
        }
        int offset = Math.max(0, start - 24);
        return isAddress(text, offset + m.start(), offset + m.end(4), parts);
    }

    private static int form(String text, int start, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 6));
        String before = text.substring(Math.max(0, start - 3), start);
        int score = 0;
        if (after.matches("(?s):\\d{1,5}(?!\\d).*") || after.matches("(?s)/(?:[0-9]|[12]\\d|3[0-2])(?!\\d).*")) {
            score += 3; // a port or a CIDR prefix length
        }
        if (before.endsWith("://") || before.endsWith("@") || socketSlash(before)) {
            score += 3; // http://10.0.0.2, admin@10.0.0.2, "connection from /10.0.0.2" (a Java socket address)
        }
        if (after.matches("(?s)[-_+~][A-Za-z].*")) {
            score -= 3; // 1.2.3.4-beta, 2.0.1.4_rc
        }
        return score;
    }

    /**
     * A slash right before the quad with a space, a bracket, a comma, "=" or the start of the text before the
     * slash: "Failed authentication with /10.12.8.41", "(remote=/10.0.0.2:9092)", as Java and Kafka print a
     * socket address. A slash after a word or a number ("releases/1.2.3.4", "3/10.2.1.4") is a path or a
     * fraction and says nothing.
     *
     * @param before the (up to) three characters right before the quad
     */
    static boolean socketSlash(String before) {
        if (!before.endsWith("/")) {
            return false;
        }
        return before.length() == 1 || " \t\n([=,".indexOf(before.charAt(before.length() - 2)) >= 0;
    }

    private static int range(int[] p) {
        boolean privateRange = p[0] == 10 || p[0] == 127 || p[0] == 192 && p[1] == 168
                || p[0] == 172 && p[1] >= 16 && p[1] <= 31 || p[0] == 169 && p[1] == 254
                || p[0] == 100 && p[1] >= 64 && p[1] <= 127;
        boolean special = p[0] == 0 && p[1] == 0 && p[2] == 0 && p[3] == 0 || p[0] == 255 && p[1] == 255;
        // RFC 5737 documentation ranges: TEST-NET-1, -2 and -3, the addresses of examples and manuals
        boolean documentation = p[0] == 192 && p[1] == 0 && p[2] == 2 || p[0] == 198 && p[1] == 51 && p[2] == 100
                || p[0] == 203 && p[1] == 0 && p[2] == 113;
        return privateRange || special || documentation ? 2 : 0;
    }

    private static int shape(String quad, int[] p) {
        long digits = quad.chars().filter(Character::isDigit).count();
        int score = digits >= 8 ? 1 : digits <= 6 ? -1 : 0;
        if (p[1] == 0 || p[2] == 0) {
            score -= 1; // 4.18.0.147, 16.0.144.30: a zero minor part is common in versions
        }
        return score;
    }
}
